import type { ApiKeyIdentity, OwnerStore } from "../store/owner-store.js";
import type { HistoryScope } from "../store/prediction-store.js";

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
  ) {}

  static anonymous(): Caller {
    return new Caller("ANONYMOUS", NO_OWNER);
  }

  /** Sees everyone's predictions; its own uploads go to no one's history. */
  static admin(): Caller {
    return new Caller("ADMIN", NO_OWNER);
  }

  static apiKey(identity: ApiKeyIdentity): Caller {
    const find = async () => identity.ownerId;
    return new Caller("API_KEY", { find, forWrite: find });
  }

  /** A browser session; its owner row is created by its first write. */
  static session(tokenHash: string, owners: OwnerStore): Caller {
    return new Caller("SESSION", {
      find: () => owners.findSessionOwner(tokenHash),
      forWrite: () => owners.ensureSessionOwner(tokenHash),
    });
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
