import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

const TOKEN = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{43})$/;

/**
 * Session cookie values are a random id and its HMAC, so only cookies this API issued open a
 * history: a value planted in a victim's browser (session fixation) is ignored and replaced.
 */
export class SessionTokens {
  private readonly key: Buffer;

  /** `secret` is the admin token: stable per deployment and shared by every server of it. */
  constructor(secret: string) {
    this.key = createHash("sha256").update(`digit-lab session cookies\0${secret}`).digest();
  }

  issue(): string {
    const id = randomBytes(32).toString("base64url");
    return `${id}.${this.sign(id)}`;
  }

  isValid(token: string): boolean {
    const match = TOKEN.exec(token);
    if (!match) return false;
    return timingSafeEqual(Buffer.from(this.sign(match[1]!)), Buffer.from(match[2]!));
  }

  private sign(id: string): string {
    return createHmac("sha256", this.key).update(id).digest("base64url");
  }
}
