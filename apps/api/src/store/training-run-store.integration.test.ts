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

  it("requeues runs whose lease expired, keeping their checkpoint, and FAILS them with the reason after the last attempt", async () => {
    const store = new TrainingRunStore(handles[0]!.db);
    const { db } = handles[0]!;
    // Leave the queue as the first test left it: every run RUNNING, none QUEUED.
    const running = await store.count("RUNNING");
    const expire = (id: string) =>
      db
        .update(trainingRuns)
        .set({ leaseExpiresAt: sql`now() - interval '1 second'` })
        .where(eq(trainingRuns.id, id));
    const [lost] = await db.select().from(trainingRuns).where(eq(trainingRuns.status, "RUNNING")).limit(1);
    const epochs = [
      { epoch: 1, loss: 1, accuracy: 0.5, valLoss: 1, valAccuracy: 0.5, learningRate: 0.001, durationMs: 10 },
    ];
    const files = [{ name: "state.json", data: new TextEncoder().encode("{}") }];
    expect(await store.saveCheckpoint(lost!.id, "someone-else", epochs, files)).toBe(false);
    expect(await store.saveCheckpoint(lost!.id, lost!.worker!, epochs, files)).toBe(true);
    expect(await store.requeueExpired(3)).toEqual([]);
    await expire(lost!.id);
    expect(await store.requeueExpired(3)).toEqual([
      { id: lost!.id, status: "QUEUED", attempts: 1, error: null },
    ]);
    // The old trainer learns it lost the run; the next one resumes from the checkpoint with its epochs.
    expect(await store.heartbeat(lost!.id, lost!.worker!, 0.5)).toBe("lost");
    const again = await store.claimNext("worker-z");
    expect(again).toMatchObject({ id: lost!.id, attempts: 2, epochs, worker: "worker-z" });
    expect((await store.loadCheckpoint(lost!.id)).map((file) => file.name)).toEqual(["state.json"]);
    await expire(lost!.id);
    const [failed] = await store.requeueExpired(2);
    expect(failed).toMatchObject({ id: lost!.id, status: "FAILED", attempts: 2 });
    expect(failed!.error).toBe(
      "lost its trainer after 2 attempts; the last trainer (worker-z) stopped renewing its lease",
    );
    expect(await store.loadCheckpoint(lost!.id)).toEqual([]);
    expect(await store.requeueExpired(3, "all")).toHaveLength(running - 1);
    expect(await store.count("RUNNING")).toBe(0);
  });

  it("takes a run handed back by a stopping trainer back into the queue without counting the attempt", async () => {
    const store = new TrainingRunStore(handles[0]!.db);
    const run = await store.enqueue(DEFAULT_TRAINING_CONFIG);
    let claimed = await store.claimNext("worker-h");
    while (claimed && claimed.id !== run.id) claimed = await store.claimNext("worker-h");
    expect(claimed).toMatchObject({ attempts: 1 });
    expect(await store.handBack(run.id, "worker-other")).toBe(false);
    expect(await store.handBack(run.id, "worker-h")).toBe(true);
    expect(await store.get(run.id)).toMatchObject({ status: "QUEUED", attempts: 0, worker: null });
    await store.cancel(run.id);
  });

  it("cancels a queued run at once and flags a running one for its trainer", async () => {
    const store = new TrainingRunStore(handles[0]!.db);
    const queued = await store.enqueue(DEFAULT_TRAINING_CONFIG);
    expect(await store.cancel(queued.id)).toMatchObject({ kind: "cancelled", row: { status: "CANCELLED" } });
    const running = await store.enqueue(DEFAULT_TRAINING_CONFIG);
    await store.claimNext("worker-c");
    expect(await store.heartbeat(running.id, "worker-c", 0.5)).toBe("ok");
    expect(await store.cancel(running.id)).toMatchObject({
      kind: "requested",
      row: { status: "RUNNING", cancelRequested: true },
    });
    expect(await store.heartbeat(running.id, "worker-c", 0.6)).toBe("cancel");
    expect(await store.cancel(queued.id)).toMatchObject({ kind: "finished" });
  });
});
