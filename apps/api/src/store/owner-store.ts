import { randomUUID } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import { generateSecret, hashSecret } from "../auth/secrets.js";
import type { Database } from "../db/database.js";
import { apiKeys, owners, sessions, type ApiKeyRow } from "../db/schema.js";
import { BoundedCache } from "./bounded-cache.js";
import { isUuid } from "./keyset.js";

/** How long a replica may keep accepting a key revoked on another one. */
export const API_KEY_CACHE_TTL_MS = 30_000;

export const API_KEY_PREFIX = "dlk_";

export interface ApiKeyIdentity {
  keyId: string;
  ownerId: string;
}

export interface CreatedApiKey {
  row: ApiKeyRow;
  /** The secret, returned once and never stored. */
  key: string;
}

/** Owners of histories and the credentials that lead to them: API keys and browser sessions. */
export class OwnerStore {
  // Sessions are never reassigned, so a hit is cached for the life of the process; keys can be revoked.
  private readonly keyCache = new BoundedCache<string, ApiKeyIdentity>(10_000, API_KEY_CACHE_TTL_MS);
  private readonly sessionCache = new BoundedCache<string, string>(10_000);
  private readonly pendingSessions = new Map<string, Promise<string>>();

  constructor(private readonly db: Database) {}

  findApiKey(key: string): Promise<ApiKeyIdentity | undefined> {
    return this.findApiKeyByHash(hashSecret(key));
  }

  /** findApiKey for a key already hashed (hashSecret), so a request hashes its key once. */
  async findApiKeyByHash(keyHash: string): Promise<ApiKeyIdentity | undefined> {
    const cached = this.keyCache.get(keyHash);
    if (cached) return cached;
    const [row] = await this.db
      .select({ keyId: apiKeys.id, ownerId: apiKeys.ownerId })
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, keyHash));
    if (row) this.keyCache.set(keyHash, row);
    return row;
  }

  /** The owner behind a session token, if that session has written anything yet. */
  async findSessionOwner(tokenHash: string): Promise<string | undefined> {
    const cached = this.sessionCache.get(tokenHash);
    if (cached) return cached;
    const [row] = await this.db
      .select({ ownerId: sessions.ownerId })
      .from(sessions)
      .where(eq(sessions.tokenHash, tokenHash));
    if (row) this.sessionCache.set(tokenHash, row.ownerId);
    return row?.ownerId;
  }

  /** The session's owner, created on its first write (so a cookie that never writes costs no row). */
  ensureSessionOwner(tokenHash: string): Promise<string> {
    const cached = this.sessionCache.get(tokenHash);
    if (cached) return Promise.resolve(cached);
    let pending = this.pendingSessions.get(tokenHash);
    if (!pending) {
      pending = this.createSessionOwner(tokenHash).finally(() => this.pendingSessions.delete(tokenHash));
      this.pendingSessions.set(tokenHash, pending);
    }
    return pending;
  }

  private async createSessionOwner(tokenHash: string): Promise<string> {
    const ownerId = await this.db.transaction(async (tx) => {
      const now = new Date();
      const candidate = randomUUID();
      await tx.insert(owners).values({ id: candidate, createdAt: now });
      const inserted = await tx
        .insert(sessions)
        .values({ tokenHash, ownerId: candidate, createdAt: now })
        .onConflictDoNothing()
        .returning({ ownerId: sessions.ownerId });
      if (inserted.length > 0) return candidate;
      // Another server created this session first: use its owner.
      await tx.delete(owners).where(eq(owners.id, candidate));
      const [existing] = await tx
        .select({ ownerId: sessions.ownerId })
        .from(sessions)
        .where(eq(sessions.tokenHash, tokenHash));
      if (!existing) throw new Error("session vanished while it was being created");
      return existing.ownerId;
    });
    this.sessionCache.set(tokenHash, ownerId);
    return ownerId;
  }

  /** A key for `ownerId`, or for a new owner when there is none. */
  async createApiKey(ownerId: string | undefined, name: string): Promise<CreatedApiKey> {
    const key = generateSecret(API_KEY_PREFIX);
    const now = new Date();
    const row = await this.db.transaction(async (tx) => {
      let owner = ownerId;
      if (!owner) {
        owner = randomUUID();
        await tx.insert(owners).values({ id: owner, createdAt: now });
      }
      const [created] = await tx
        .insert(apiKeys)
        .values({ id: randomUUID(), ownerId: owner, name, keyHash: hashSecret(key), createdAt: now })
        .returning();
      if (!created) throw new Error("inserting the API key returned no row");
      return created;
    });
    return { row, key };
  }

  /** The owner's keys, newest first (never their secrets). */
  listApiKeys(ownerId: string): Promise<ApiKeyRow[]> {
    return this.db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.ownerId, ownerId))
      .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
  }

  /** Deletes a key of `ownerId` (undefined: anyone's); it stops working here at once. False when there is none. */
  async revokeApiKey(ownerId: string | undefined, id: string): Promise<boolean> {
    // Any UUID check will do: the ids of every table are UUIDs.
    if (!isUuid(id)) return false;
    const deleted = await this.db
      .delete(apiKeys)
      .where(and(eq(apiKeys.id, id), ownerId === undefined ? undefined : eq(apiKeys.ownerId, ownerId)))
      .returning({ keyHash: apiKeys.keyHash });
    for (const { keyHash } of deleted) this.keyCache.delete(keyHash);
    return deleted.length > 0;
  }
}
