import { DEFAULT_TRAINING_CONFIG } from "@digit-lab/model";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, databaseKind, postgresUnavailable } from "../../test/harness.js";
import { openDatabase, type DatabaseHandle } from "../db/database.js";
import { trainingRuns } from "../db/schema.js";
import { PGLITE_SUBDIR } from "../server.js";
import { TrainingRunStore } from "./training-run-store.js";

describe.skipIf(postgresUnavailable)(`the training run queue (${databaseKind})`, () => {
  // PostgreSQL: two connection pools, like two worker processes. PGlite has one connection per directory.
  const handles: DatabaseHandle[] = [];

  beforeAll(async () => {
    const database = await createTestDatabase();
    const target = database.databaseUrl
      ? ({ kind: "postgres", url: database.databaseUrl } as const)
      : ({ kind: "pglite", dir: `${database.dataDir}/${PGLITE_SUBDIR}` } as const);
    handles.push(await openDatabase(target));
    handles.push(target.kind === "postgres" ? await openDatabase(target) : handles[0]!);
  });

  afterAll(async () => {
    for (const handle of new Set(handles)) await handle.close();
  });

  it("lets two concurrent trainers claim each queued run exactly once, oldest first", async () => {
    const [first, second] = handles.map((handle) => new TrainingRunStore(handle.db)) as [
      TrainingRunStore,
      TrainingRunStore,
    ];
    const queued = [];
    for (let seed = 0; seed < 24; seed++)
      queued.push(await first.enqueue({ ...DEFAULT_TRAINING_CONFIG, seed }));
    const claimAll = async (store: TrainingRunStore, worker: string) => {
      const claimed: Array<{ id: string; worker: string | null; seed: number }> = [];
      for (;;) {
        const run = await store.claimNext(worker);
        if (!run) return claimed;
        claimed.push({ id: run.id, worker: run.worker, seed: run.config.seed });
      }
    };
    const [byA, byB] = await Promise.all([claimAll(first, "worker-a"), claimAll(second, "worker-b")]);
    const ids = [...byA, ...byB].map((run) => run.id);
    expect(ids).toHaveLength(queued.length);
    expect(new Set(ids)).toEqual(new Set(queued.map((run) => run.id)));
    expect(byA.every((run) => run.worker === "worker-a")).toBe(true);
    expect(byB.every((run) => run.worker === "worker-b")).toBe(true);
    // Each trainer takes the oldest run left, so its own claims are in queue order.
    for (const claims of [byA, byB]) {
      const seeds = claims.map((run) => run.seed);
      expect(seeds).toEqual([...seeds].sort((a, b) => a - b));
    }
    expect(await first.count("RUNNING")).toBe(queued.length);
    expect(await first.count("QUEUED")).toBe(0);
  });

  it("marks only runs with a stale heartbeat FAILED, then every RUNNING one when asked to", async () => {
    const store = new TrainingRunStore(handles[0]!.db);
    const running = await store.count("RUNNING");
    const { db } = handles[0]!;
    const [stale] = await db
      .update(trainingRuns)
      .set({ heartbeatAt: sql`now() - interval '5 minutes'` })
      .where(eq(trainingRuns.id, sql`(SELECT id FROM training_runs WHERE status = 'RUNNING' LIMIT 1)`))
      .returning();
    expect(await store.failInterrupted({ staleAfterMs: 60_000 })).toBe(1);
    const failed = await store.get(stale!.id);
    expect(failed).toMatchObject({ status: "FAILED", error: expect.stringContaining("interrupted") });
    expect(await store.failInterrupted({ all: true })).toBe(running - 1);
    expect(await store.count("RUNNING")).toBe(0);
  });

  it("cancels a queued run at once and flags a running one for its trainer", async () => {
    const store = new TrainingRunStore(handles[0]!.db);
    const queued = await store.enqueue(DEFAULT_TRAINING_CONFIG);
    expect(await store.cancel(queued.id)).toMatchObject({ kind: "cancelled", row: { status: "CANCELLED" } });
    const running = await store.enqueue(DEFAULT_TRAINING_CONFIG);
    await store.claimNext("worker-c");
    expect(await store.heartbeat(running.id, 0.5)).toBe(false);
    expect(await store.cancel(running.id)).toMatchObject({
      kind: "requested",
      row: { status: "RUNNING", cancelRequested: true },
    });
    expect(await store.heartbeat(running.id, 0.6)).toBe(true);
    expect(await store.cancel(queued.id)).toMatchObject({ kind: "finished" });
  });
});
