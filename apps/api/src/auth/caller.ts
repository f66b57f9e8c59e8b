import type { ApiKeyIdentity, OwnerStore } from "../store/owner-store.js";
import type { HistoryScope } from "../store/history-store.js";

export type ViewerKind = "ANONYMOUS" | "SESSION" | "API_KEY" | "ADMIN";

interface OwnerAccess {
  /** The owner whose history the caller sees, if there is one yet. */
  find(): Promise<string | undefined>;
  /** The owner new predictions belong to; undefined keeps them out of every history. */
  forWrite(): Promise<string | undefined>;
}

const NO_OWNER: OwnerAccess = { find: async () => undefined, forWrite: async () => undefined };

/** Who sent a request, and which history that gives them. */
export class Caller {
  private constructor(
    readonly kind: ViewerKind,
    private readonly owner: OwnerAccess,
    /** Whose rate limits this caller spends; undefined: none (the admin). */
    readonly rateKey: string | undefined,
    /** The API key that sent the request, for API_KEY callers. */
    readonly keyId?: string,
  ) {}

  /** `ip`: the address whose rate limits it spends. */
  static anonymous(ip = "unknown"): Caller {
    return new Caller("ANONYMOUS", NO_OWNER, `ip:${ip}`);
  }

  /** Sees everyone's predictions; its own uploads go to no one's history. Not rate limited. */
  static admin(): Caller {
    return new Caller("ADMIN", NO_OWNER, undefined);
  }

  static apiKey(identity: ApiKeyIdentity): Caller {
    const find = async () => identity.ownerId;
    return new Caller("API_KEY", { find, forWrite: find }, `key:${identity.keyId}`, identity.keyId);
  }

  /**
   * A browser session; its owner row is created by its first write. `rateKey` overrides the
   * session's own limits: a session issued by this very request spends its address's, so dropping
   * the cookie does not buy a fresh allowance.
   */
  static session(tokenHash: string, owners: OwnerStore, rateKey = `session:${tokenHash}`): Caller {
    return new Caller(
      "SESSION",
      {
        find: () => owners.findSessionOwner(tokenHash),
        forWrite: () => owners.ensureSessionOwner(tokenHash),
      },
      rateKey,
    );
  }

  get isAdmin(): boolean {
    return this.kind === "ADMIN";
  }

  get hasCredentials(): boolean {
    return this.kind !== "ANONYMOUS";
  }

  ownerId(): Promise<string | undefined> {
    return this.owner.find();
  }

  ownerForWrite(): Promise<string | undefined> {
    return this.owner.forWrite();
  }

  /** The predictions this caller may read, correct and delete. */
  async scope(): Promise<HistoryScope> {
    if (this.isAdmin) return { kind: "all" };
    const ownerId = await this.owner.find();
    return ownerId ? { kind: "owner", ownerId } : { kind: "none" };
  }
}
