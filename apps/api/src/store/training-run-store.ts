import { randomUUID } from "node:crypto";
import type {
  CheckpointFile,
  EpochMetrics,
  ModelArtifacts,
  ModelMetadata,
  TrainingConfig,
} from "@digit-lab/model";
import { and, count, desc, eq, getTableColumns, gt, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import {
  modelArtifacts,
  modelVersions,
  trainingCheckpoints,
  trainingRuns,
  trainingWorkers,
  type RunComparison,
  type TrainingRunRow,
  type TrainingRunStatus,
  type TrainingWorkerRow,
} from "../db/schema.js";
import { after as afterPosition, isUuid, newestFirst, pageOf, type KeysetPosition } from "./keyset.js";

export interface TrainingRunPage {
  rows: TrainingRunRow[];
  hasNextPage: boolean;
}

/** How a run trains besides its config: from which version, on which data, and what happens after. */
export type RunOptions = Partial<
  Pick<TrainingRunRow, "baseModelVersionId" | "includeFeedback" | "autoActivate" | "scheduled">
>;

/** What cancel() did: a queued run is cancelled at once, a running one is flagged for its trainer. */
export type CancelOutcome =
  | { kind: "cancelled" | "requested"; row: TrainingRunRow }
  | { kind: "finished"; row: TrainingRunRow }
  | { kind: "missing" };

/** How the error of a run FAILED after too many lost leases begins. */
export const LOST_ERROR_PREFIX = "lost its trainer after";

/** Default lease of a trainer on its run (TRAINING_LEASE_MS). */
export const DEFAULT_LEASE_MS = 30_000;

/** What requeueExpired did to one run: QUEUED again, FAILED after too many attempts, or CANCELLED as asked. */
export interface RequeueOutcome {
  id: string;
  status: TrainingRunStatus;
  attempts: number;
  error: string | null;
}

/** What a trainer writes about itself in training_workers. */
export type WorkerRecord = Pick<TrainingWorkerRow, "id" | "kind" | "host" | "pid" | "version" | "startedAt">;

function leaseEnd(leaseMs: number): SQL {
  return sql`now() + make_interval(secs => ${leaseMs / 1000})`;
}

/** The run is RUNNING and claimed by this worker. */
function heldBy(id: string, worker: string): SQL | undefined {
  return and(eq(trainingRuns.id, id), eq(trainingRuns.worker, worker), eq(trainingRuns.status, "RUNNING"));
}

/** A run's model name: unique, sortable by day, recognisable as trained by the API. */
export function trainedModelName(run: Pick<TrainingRunRow, "id" | "createdAt">): string {
  return `run-${run.createdAt.toISOString().slice(0, 10)}-${run.id.slice(0, 8)}`;
}

/** The training_runs queue: written by the API (enqueue, cancel) and by trainers (claim, progress, results). */
export class TrainingRunStore {
  constructor(private readonly db: Database) {}

  async enqueue(config: TrainingConfig, options: RunOptions = {}): Promise<TrainingRunRow> {
    const [row] = await this.db
      .insert(trainingRuns)
      .values({ id: randomUUID(), status: "QUEUED", config, createdAt: new Date(), ...options })
      .returning();
    return row!;
  }

  /** Records the trained model beside the active one (and whether it was promoted). */
  async setComparison(id: string, comparison: RunComparison): Promise<void> {
    await this.db.update(trainingRuns).set({ comparison }).where(eq(trainingRuns.id, id));
  }

  /** Whether a run is queued or running (scheduled feedback runs wait for it rather than pile up). */
  async hasPendingFeedbackRun(): Promise<boolean> {
    const [row] = await this.db
      .select({ value: count() })
      .from(trainingRuns)
      .where(
        and(inArray(trainingRuns.status, ["QUEUED", "RUNNING"]), eq(trainingRuns.includeFeedback, true)),
      );
    return (row?.value ?? 0) > 0;
  }

  async get(id: string): Promise<TrainingRunRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row] = await this.db.select().from(trainingRuns).where(eq(trainingRuns.id, id));
    return row;
  }

  /** Newest first. */
  async list(
    status: TrainingRunStatus | undefined,
    first: number,
    after?: KeysetPosition,
  ): Promise<TrainingRunPage> {
    const rows = await this.db
      .select()
      .from(trainingRuns)
      .where(and(status ? eq(trainingRuns.status, status) : undefined, afterPosition(trainingRuns, after)))
      .orderBy(...newestFirst(trainingRuns))
      .limit(first + 1);
    return pageOf(rows, first);
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
    if (!isUuid(id)) return { kind: "missing" };
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

  /**
   * The oldest queued run, now RUNNING for this worker under a lease of leaseMs; SKIP LOCKED lets
   * concurrent trainers each take another.
   */
  async claimNext(worker: string, leaseMs: number = DEFAULT_LEASE_MS): Promise<TrainingRunRow | undefined> {
    const [row] = await this.db
      .update(trainingRuns)
      .set({
        status: "RUNNING",
        worker,
        // A resumed run keeps its first start, so its elapsed time covers every attempt.
        startedAt: sql`coalesce(${trainingRuns.startedAt}, now())`,
        heartbeatAt: sql`now()`,
        leaseExpiresAt: leaseEnd(leaseMs),
        attempts: sql`${trainingRuns.attempts} + 1`,
      })
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

  /**
   * Records progress, proves the trainer alive and renews its lease. "lost": the run is no longer
   * this worker's (its lease expired and it was requeued, or it was finished elsewhere).
   */
  async heartbeat(
    id: string,
    worker: string,
    progress: number,
    leaseMs: number = DEFAULT_LEASE_MS,
  ): Promise<"ok" | "cancel" | "lost"> {
    const [row] = await this.db
      .update(trainingRuns)
      .set({ progress, heartbeatAt: sql`now()`, leaseExpiresAt: leaseEnd(leaseMs) })
      .where(heldBy(id, worker))
      .returning({ cancelRequested: trainingRuns.cancelRequested });
    if (!row) return "lost";
    return row.cancelRequested ? "cancel" : "ok";
  }

  /**
   * Replaces the run's checkpoint with the files of the one written after its last epoch, together
   * with the epochs so far, so a requeued run resumes with exactly the epochs its checkpoint holds.
   * False: the run is no longer this worker's.
   */
  async saveCheckpoint(
    id: string,
    worker: string,
    epochs: EpochMetrics[],
    files: CheckpointFile[],
    leaseMs: number = DEFAULT_LEASE_MS,
  ): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const [held] = await tx
        .update(trainingRuns)
        .set({ epochs, heartbeatAt: sql`now()`, leaseExpiresAt: leaseEnd(leaseMs) })
        .where(heldBy(id, worker))
        .returning({ id: trainingRuns.id });
      if (!held) return false;
      await tx.delete(trainingCheckpoints).where(eq(trainingCheckpoints.runId, id));
      if (files.length > 0)
        await tx.insert(trainingCheckpoints).values(files.map((file) => ({ runId: id, ...file })));
      return true;
    });
  }

  /** The epochs so far (their checkpoint is kept elsewhere); false: the run is no longer this worker's. */
  async saveEpochs(
    id: string,
    worker: string,
    epochs: EpochMetrics[],
    leaseMs: number = DEFAULT_LEASE_MS,
  ): Promise<boolean> {
    const rows = await this.db
      .update(trainingRuns)
      .set({ epochs, heartbeatAt: sql`now()`, leaseExpiresAt: leaseEnd(leaseMs) })
      .where(heldBy(id, worker))
      .returning({ id: trainingRuns.id });
    return rows.length > 0;
  }

  /** The files of the run's last checkpoint; empty when no epoch finished yet. */
  async loadCheckpoint(id: string): Promise<CheckpointFile[]> {
    return this.db
      .select({ name: trainingCheckpoints.name, data: trainingCheckpoints.data })
      .from(trainingCheckpoints)
      .where(eq(trainingCheckpoints.runId, id));
  }

  /**
   * A stopping trainer gives its run back to the queue at once (cancelled instead, if that was asked),
   * keeping its checkpoint; the claim does not count as an attempt. False: it was no longer this worker's.
   */
  async handBack(id: string, worker: string): Promise<boolean> {
    const rows = await this.db
      .update(trainingRuns)
      .set({
        status: sql`CASE WHEN ${trainingRuns.cancelRequested} THEN 'CANCELLED' ELSE 'QUEUED' END`,
        finishedAt: sql`CASE WHEN ${trainingRuns.cancelRequested} THEN now() ELSE NULL END`,
        worker: null,
        leaseExpiresAt: null,
        attempts: sql`greatest(${trainingRuns.attempts} - 1, 0)`,
      })
      .where(heldBy(id, worker))
      .returning({ id: trainingRuns.id });
    return rows.length > 0;
  }

  /**
   * Runs whose trainer's lease expired (or every RUNNING one, when the only trainer starts) go back to
   * the queue to resume from their checkpoint, or are FAILED with the reason once they had maxAttempts.
   */
  async requeueExpired(maxAttempts: number, scope: "expired" | "all" = "expired"): Promise<RequeueOutcome[]> {
    const expired = scope === "all" ? undefined : lt(trainingRuns.leaseExpiresAt, sql`now()`);
    const exhausted = sql`${trainingRuns.attempts} >= ${maxAttempts}`;
    const rows = await this.db
      .update(trainingRuns)
      .set({
        status: sql`CASE WHEN ${trainingRuns.cancelRequested} THEN 'CANCELLED' WHEN ${exhausted} THEN 'FAILED' ELSE 'QUEUED' END`,
        error: sql`CASE WHEN ${exhausted} AND NOT ${trainingRuns.cancelRequested} THEN ${sql.raw(`'${LOST_ERROR_PREFIX} '`)} || ${trainingRuns.attempts} || ' attempts; the last trainer (' || coalesce(${trainingRuns.worker}, 'unknown') || ') stopped renewing its lease' ELSE NULL END`,
        finishedAt: sql`CASE WHEN ${trainingRuns.cancelRequested} OR ${exhausted} THEN now() ELSE NULL END`,
        worker: sql`CASE WHEN ${trainingRuns.cancelRequested} OR ${exhausted} THEN ${trainingRuns.worker} ELSE NULL END`,
        leaseExpiresAt: null,
      })
      .where(and(eq(trainingRuns.status, "RUNNING"), expired))
      .returning({
        id: trainingRuns.id,
        status: trainingRuns.status,
        attempts: trainingRuns.attempts,
        error: trainingRuns.error,
      });
    // A run that will not resume has no use for its checkpoint.
    const ended = rows.filter((row) => row.status !== "QUEUED").map((row) => row.id);
    if (ended.length > 0)
      await this.db.delete(trainingCheckpoints).where(inArray(trainingCheckpoints.runId, ended));
    return rows;
  }

  /** Queued runs and how long the oldest has waited (null: none queued). */
  async queueStats(): Promise<{ queued: number; oldestAgeSeconds: number | null }> {
    const [row] = await this.db
      .select({
        queued: count(),
        oldest: sql<string | null>`extract(epoch from now() - min(${trainingRuns.createdAt}))`,
      })
      .from(trainingRuns)
      .where(eq(trainingRuns.status, "QUEUED"));
    return { queued: row?.queued ?? 0, oldestAgeSeconds: row?.oldest == null ? null : Number(row.oldest) };
  }

  /** Records a trainer as alive until leaseMs from now, with the run it holds. */
  async touchWorker(worker: WorkerRecord, runId: string | null, leaseMs: number): Promise<void> {
    const values = { ...worker, runId, lastSeenAt: sql`now()`, expiresAt: leaseEnd(leaseMs) };
    await this.db
      .insert(trainingWorkers)
      .values(values)
      .onConflictDoUpdate({
        target: trainingWorkers.id,
        set: { runId, lastSeenAt: values.lastSeenAt, expiresAt: values.expiresAt },
      });
  }

  async removeWorker(id: string): Promise<void> {
    await this.db.delete(trainingWorkers).where(eq(trainingWorkers.id, id));
  }

  /** Trainers seen within the last hour, newest first; older records are dropped. */
  async listWorkers(): Promise<Array<TrainingWorkerRow & { alive: boolean }>> {
    await this.db
      .delete(trainingWorkers)
      .where(lt(trainingWorkers.lastSeenAt, sql`now() - interval '1 hour'`));
    return this.db
      .select({
        ...getTableColumns(trainingWorkers),
        alive: sql<boolean>`${trainingWorkers.expiresAt} > now()`,
      })
      .from(trainingWorkers)
      .orderBy(desc(trainingWorkers.startedAt), trainingWorkers.id);
  }

  async aliveWorkerCount(): Promise<number> {
    const [row] = await this.db
      .select({ value: count() })
      .from(trainingWorkers)
      .where(gt(trainingWorkers.expiresAt, sql`now()`));
    return row?.value ?? 0;
  }

  /** durationMs null: unknown here, e.g. when a stopping trainer gives up waiting for its thread. */
  async finish(
    id: string,
    status: "FAILED" | "CANCELLED",
    error: string | null,
    durationMs: number | null,
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx
        .update(trainingRuns)
        .set({ status, error, finishedAt: new Date(), ...(durationMs === null ? {} : { durationMs }) })
        .where(eq(trainingRuns.id, id));
      await tx.delete(trainingCheckpoints).where(eq(trainingCheckpoints.runId, id));
    });
  }

  /**
   * Registers the trained model (not active) with its artifact, and marks the run SUCCEEDED, atomically;
   * false (nothing written) when the run is no longer this worker's.
   */
  async succeed(
    run: TrainingRunRow,
    worker: string,
    artifacts: ModelArtifacts,
    metadata: ModelMetadata,
  ): Promise<boolean> {
    const versionId = randomUUID();
    return this.db.transaction(async (tx) => {
      const [held] = await tx
        .update(trainingRuns)
        .set({
          status: "SUCCEEDED",
          progress: 1,
          epochs: metadata.history,
          test: metadata.test ?? null,
          durationMs: metadata.durationMs,
          finishedAt: new Date(),
          modelVersionId: versionId,
          leaseExpiresAt: null,
        })
        .where(heldBy(run.id, worker))
        .returning({ id: trainingRuns.id });
      if (!held) return false;
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
      await tx.delete(trainingCheckpoints).where(eq(trainingCheckpoints.runId, run.id));
      return true;
    });
  }
}
