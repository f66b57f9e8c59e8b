import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe, with a prefix that says what the secret is for. */
export function generateSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString("base64url")}`;
}

/** SHA-256 of a secret: compared in constant time, and stored as hex, instead of the secret. */
export function secretDigest(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

/** What we store instead of a secret: SHA-256, hex (secrets are random, so no salt or slow hash is needed). */
export function hashSecret(secret: string): string {
  return secretDigest(secret).toString("hex");
}
