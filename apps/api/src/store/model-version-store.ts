import { randomUUID } from "node:crypto";
import {
  browserModelFiles,
  type BrowserModelFiles,
  type ModelArtifacts,
  type ModelMetadata,
} from "@digit-lab/model";
import { and, desc, eq, ne } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { modelArtifacts, modelVersions, trainingRuns, type ModelVersionRow } from "../db/schema.js";
import { BoundedCache } from "./bounded-cache.js";
import { isUuid } from "./keyset.js";

/** Registered model versions and their artifacts; exactly one is active once the server has started. */
export class ModelVersionStore {
  // Names never change, and every prediction resolves its model's name.
  private readonly names = new Map<string, string>();
  // A few recent versions' browser files (about 1.3 MB each), by version id and by content id.
  private readonly browserFilesByVersion = new BoundedCache<string, Promise<BrowserModelFiles | undefined>>(
    4,
  );
  private readonly browserFilesByContent = new BoundedCache<string, BrowserModelFiles>(4);

  constructor(private readonly db: Database) {}

  /**
   * Registers a model directory's model once per name, with its artifact and a SUCCEEDED training run
   * built from its metadata (also for versions registered before runs were recorded).
   */
  async registerShipped(metadata: ModelMetadata, artifacts: ModelArtifacts): Promise<ModelVersionRow> {
    return this.db.transaction(async (tx) => {
      await tx
        .insert(modelVersions)
        .values({
          id: randomUUID(),
          name: metadata.name,
          architecture: metadata.architecture,
          parameterCount: metadata.parameterCount,
          testAccuracy: metadata.test?.accuracy ?? null,
          metadata,
          source: "shipped",
          createdAt: new Date(metadata.createdAt),
          registeredAt: new Date(),
        })
        .onConflictDoNothing({ target: modelVersions.name });
      const [registered] = await tx.select().from(modelVersions).where(eq(modelVersions.name, metadata.name));
      if (!registered)
        throw new Error(`model version ${metadata.name} vanished while it was being registered`);
      await tx
        .insert(modelArtifacts)
        .values({ modelVersionId: registered.id, modelJson: artifacts.modelJson, weights: artifacts.weights })
        .onConflictDoNothing();
      if (registered.trainingRunId || registered.source !== "shipped") return registered;
      const createdAt = new Date(metadata.createdAt);
      const [run] = await tx
        .insert(trainingRuns)
        .values({
          id: randomUUID(),
          status: "SUCCEEDED",
          config: metadata.config,
          backend: metadata.backend,
          progress: 1,
          epochs: metadata.history,
          test: metadata.test ?? null,
          createdAt: new Date(createdAt.getTime() - metadata.durationMs),
          startedAt: new Date(createdAt.getTime() - metadata.durationMs),
          finishedAt: createdAt,
          durationMs: metadata.durationMs,
          modelVersionId: registered.id,
        })
        .returning();
      const [linked] = await tx
        .update(modelVersions)
        .set({ trainingRunId: run!.id })
        .where(eq(modelVersions.id, registered.id))
        .returning();
      return linked!;
    });
  }

  /** Makes one version the active one; undefined when it does not exist. */
  async activate(id: string): Promise<ModelVersionRow | undefined> {
    if (!isUuid(id)) return undefined;
    const row = await this.db.transaction(async (tx) => {
      const [target] = await tx.select().from(modelVersions).where(eq(modelVersions.id, id));
      if (!target) return undefined;
      // Deactivate first: a partial unique index allows only one active row at any moment.
      await tx
        .update(modelVersions)
        .set({ active: false })
        .where(and(eq(modelVersions.active, true), ne(modelVersions.id, id)));
      const [active] = await tx
        .update(modelVersions)
        .set({ active: true })
        .where(eq(modelVersions.id, id))
        .returning();
      return active;
    });
    if (row) this.names.set(row.id, row.name);
    return row;
  }

  async get(id: string): Promise<ModelVersionRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db.select().from(modelVersions).where(eq(modelVersions.id, id));
    return row;
  }

  async active(): Promise<ModelVersionRow | undefined> {
    const [row] = await this.db.select().from(modelVersions).where(eq(modelVersions.active, true));
    return row;
  }

  async artifactsOf(id: string): Promise<ModelArtifacts | undefined> {
    const [row] = await this.db
      .select({ modelJson: modelArtifacts.modelJson, weights: modelArtifacts.weights })
      .from(modelArtifacts)
      .where(eq(modelArtifacts.modelVersionId, id));
    return row;
  }

  /** A version's files as browsers load them (model.json with its calibration, weights); undefined without an artifact. */
  browserFiles(version: ModelVersionRow): Promise<BrowserModelFiles | undefined> {
    let files = this.browserFilesByVersion.get(version.id);
    if (!files) {
      files = this.artifactsOf(version.id).then(async (artifacts) => {
        if (!artifacts) return undefined;
        const built = await browserModelFiles(artifacts, (version.metadata as ModelMetadata).calibration);
        this.browserFilesByContent.set(built.contentId, built);
        return built;
      });
      // A failed read is not remembered: the next request tries again.
      files.catch(() => this.browserFilesByVersion.delete(version.id));
      this.browserFilesByVersion.set(version.id, files);
    }
    return files;
  }

  /** Browser files of a version whose files were built here recently, by content id. */
  recentBrowserFiles(contentId: string): BrowserModelFiles | undefined {
    return this.browserFilesByContent.get(contentId);
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
