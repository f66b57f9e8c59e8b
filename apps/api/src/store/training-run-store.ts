import { randomUUID } from "node:crypto";
import type { EpochMetrics, ModelArtifacts, ModelMetadata, TrainingConfig } from "@digit-lab/model";
import { and, count, desc, eq, lt, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import {
  modelArtifacts,
  modelVersions,
  trainingRuns,
  type TrainingRunRow,
  type TrainingRunStatus,
} from "../db/schema.js";
import { isPredictionId, type HistoryPosition } from "./prediction-store.js";

export interface TrainingRunPage {
  rows: TrainingRunRow[];
  hasNextPage: boolean;
}

/** What cancel() did: a queued run is cancelled at once, a running one is flagged for its trainer. */
export type CancelOutcome =
  | { kind: "cancelled" | "requested"; row: TrainingRunRow }
  | { kind: "finished"; row: TrainingRunRow }
  | { kind: "missing" };

/** The error of a run whose trainer stopped or died while it ran. */
export const INTERRUPTED_ERROR = "interrupted: the trainer stopped before the run finished";

/** A run's model name: unique, sortable by day, recognisable as trained by the API. */
export function trainedModelName(run: Pick<TrainingRunRow, "id" | "createdAt">): string {
  return `run-${run.createdAt.toISOString().slice(0, 10)}-${run.id.slice(0, 8)}`;
}

/** The training_runs queue: written by the API (enqueue, cancel) and by trainers (claim, progress, results). */
export class TrainingRunStore {
  constructor(private readonly db: Database) {}

  async enqueue(config: TrainingConfig): Promise<TrainingRunRow> {
    const [row] = await this.db
      .insert(trainingRuns)
      .values({ id: randomUUID(), status: "QUEUED", config, createdAt: new Date() })
      .returning();
    return row!;
  }

  async get(id: string): Promise<TrainingRunRow | undefined> {
    if (!isPredictionId(id)) return undefined;
    const [row] = await this.db.select().from(trainingRuns).where(eq(trainingRuns.id, id));
    return row;
  }

  /** Newest first. */
  async list(
    status: TrainingRunStatus | undefined,
    first: number,
    after?: HistoryPosition,
  ): Promise<TrainingRunPage> {
    const rows = await this.db
      .select()
      .from(trainingRuns)
      .where(
        and(
          status ? eq(trainingRuns.status, status) : undefined,
          after
            ? or(
                lt(trainingRuns.createdAt, after.createdAt),
                and(eq(trainingRuns.createdAt, after.createdAt), lt(trainingRuns.id, after.id)),
              )
            : undefined,
        ),
      )
      .orderBy(desc(trainingRuns.createdAt), desc(trainingRuns.id))
      .limit(first + 1);
    return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  async count(status?: TrainingRunStatus): Promise<number> {
    const [row] = await this.db
      .select({ value: count() })
      .from(trainingRuns)
      .where(status ? eq(trainingRuns.status, status) : undefined);
    return row?.value ?? 0;
  }

  async countByStatus(): Promise<Map<TrainingRunStatus, number>> {
    const rows = await this.db
      .select({ status: trainingRuns.status, value: count() })
      .from(trainingRuns)
      .groupBy(trainingRuns.status);
    return new Map(rows.map((row) => [row.status, row.value]));
  }

  async cancel(id: string): Promise<CancelOutcome> {
    if (!isPredictionId(id)) return { kind: "missing" };
    const [cancelled] = await this.db
      .update(trainingRuns)
      .set({ status: "CANCELLED", finishedAt: new Date() })
      .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, "QUEUED")))
      .returning();
    if (cancelled) return { kind: "cancelled", row: cancelled };
    // Claimed meanwhile or earlier: its trainer sees the flag at its next progress write.
    const [requested] = await this.db
      .update(trainingRuns)
      .set({ cancelRequested: true })
      .where(and(eq(trainingRuns.id, id), eq(trainingRuns.status, "RUNNING")))
      .returning();
    if (requested) return { kind: "requested", row: requested };
    const row = await this.get(id);
    return row ? { kind: "finished", row } : { kind: "missing" };
  }

  /** The oldest queued run, now RUNNING for this worker; SKIP LOCKED lets concurrent trainers each take another. */
  async claimNext(worker: string): Promise<TrainingRunRow | undefined> {
    const [row] = await this.db
      .update(trainingRuns)
      .set({ status: "RUNNING", worker, startedAt: sql`now()`, heartbeatAt: sql`now()` })
      .where(
        eq(
          trainingRuns.id,
          sql`(SELECT id FROM ${trainingRuns} WHERE status = 'QUEUED' ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)`,
        ),
      )
      .returning();
    return row;
  }

  async setBackend(id: string, backend: string): Promise<void> {
    await this.db.update(trainingRuns).set({ backend }).where(eq(trainingRuns.id, id));
  }

  /** Records progress (and the epochs so far) and proves the trainer alive; answers whether cancel was requested. */
  async heartbeat(id: string, progress: number, epochs?: EpochMetrics[]): Promise<boolean> {
    const [row] = await this.db
      .update(trainingRuns)
      .set({ progress, heartbeatAt: sql`now()`, ...(epochs ? { epochs } : {}) })
      .where(eq(trainingRuns.id, id))
      .returning({ cancelRequested: trainingRuns.cancelRequested });
    return row?.cancelRequested ?? false;
  }

  /** durationMs null: unknown here, e.g. when a stopping trainer gives up waiting for its thread. */
  async finish(
    id: string,
    status: "FAILED" | "CANCELLED",
    error: string | null,
    durationMs: number | null,
  ): Promise<void> {
    await this.db
      .update(trainingRuns)
      .set({ status, error, finishedAt: new Date(), ...(durationMs === null ? {} : { durationMs }) })
      .where(eq(trainingRuns.id, id));
  }

  /** Registers the trained model (not active) with its artifact, and marks the run SUCCEEDED, atomically. */
  async succeed(run: TrainingRunRow, artifacts: ModelArtifacts, metadata: ModelMetadata): Promise<void> {
    const versionId = randomUUID();
    await this.db.transaction(async (tx) => {
      await tx.insert(modelVersions).values({
        id: versionId,
        name: metadata.name,
        architecture: metadata.architecture,
        parameterCount: metadata.parameterCount,
        testAccuracy: metadata.test?.accuracy ?? null,
        metadata,
        source: "trained",
        trainingRunId: run.id,
        createdAt: new Date(metadata.createdAt),
        registeredAt: new Date(),
      });
      await tx
        .insert(modelArtifacts)
        .values({ modelVersionId: versionId, modelJson: artifacts.modelJson, weights: artifacts.weights });
      await tx
        .update(trainingRuns)
        .set({
          status: "SUCCEEDED",
          progress: 1,
          epochs: metadata.history,
          test: metadata.test ?? null,
          durationMs: metadata.durationMs,
          finishedAt: new Date(),
          modelVersionId: versionId,
        })
        .where(eq(trainingRuns.id, run.id));
    });
  }

  /**
   * Runs left RUNNING by a trainer that died: every one (the only trainer is starting) or those whose
   * heartbeat is older than staleAfterMs. Answers how many were marked FAILED.
   */
  async failInterrupted(scope: { all: true } | { staleAfterMs: number }): Promise<number> {
    const stale: SQL | undefined =
      "all" in scope
        ? undefined
        : lt(trainingRuns.heartbeatAt, sql`now() - make_interval(secs => ${scope.staleAfterMs / 1000})`);
    const rows = await this.db
      .update(trainingRuns)
      .set({
        status: "FAILED",
        error: INTERRUPTED_ERROR,
        finishedAt: new Date(),
      })
      .where(and(eq(trainingRuns.status, "RUNNING"), stale))
      .returning({ id: trainingRuns.id });
    return rows.length;
  }
}
