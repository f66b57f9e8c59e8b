import { randomUUID } from "node:crypto";
import type { ModelMetadata } from "@digit-lab/model";
import { and, desc, eq, ne } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { modelVersions, type ModelVersionRow } from "../db/schema.js";

/** Registered model versions; exactly one is active once the server has started. */
export class ModelVersionStore {
  // Names never change, and every prediction resolves its model's name.
  private readonly names = new Map<string, string>();

  constructor(private readonly db: Database) {}

  /** Registers the model the server loaded (once per name) and marks it the active version. */
  async activateLoaded(metadata: ModelMetadata): Promise<ModelVersionRow> {
    const row = await this.db.transaction(async (tx) => {
      await tx
        .insert(modelVersions)
        .values({
          id: randomUUID(),
          name: metadata.name,
          architecture: metadata.architecture,
          parameterCount: metadata.parameterCount,
          testAccuracy: metadata.test?.accuracy ?? null,
          metadata,
          createdAt: new Date(metadata.createdAt),
          registeredAt: new Date(),
        })
        .onConflictDoNothing({ target: modelVersions.name });
      const [registered] = await tx.select().from(modelVersions).where(eq(modelVersions.name, metadata.name));
      if (!registered)
        throw new Error(`model version ${metadata.name} vanished while it was being registered`);
      // Deactivate first: a partial unique index allows only one active row at any moment.
      await tx
        .update(modelVersions)
        .set({ active: false })
        .where(and(eq(modelVersions.active, true), ne(modelVersions.id, registered.id)));
      const [active] = await tx
        .update(modelVersions)
        .set({ active: true })
        .where(eq(modelVersions.id, registered.id))
        .returning();
      return active!;
    });
    this.names.set(row.id, row.name);
    return row;
  }

  async nameOf(id: string): Promise<string> {
    const cached = this.names.get(id);
    if (cached) return cached;
    const [row] = await this.db
      .select({ name: modelVersions.name })
      .from(modelVersions)
      .where(eq(modelVersions.id, id));
    if (!row) throw new Error(`model version ${id} does not exist`);
    this.names.set(id, row.name);
    return row.name;
  }

  /** Newest first. */
  list(): Promise<ModelVersionRow[]> {
    return this.db
      .select()
      .from(modelVersions)
      .orderBy(desc(modelVersions.createdAt), desc(modelVersions.registeredAt));
  }
}
