import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PREDICT_DIGIT, type TestClient } from "../test/graphql-client.js";
import {
  createTestDatabase,
  databaseKind,
  postgresUnavailable,
  SEVERAL_RECOGNITION_THREADS,
  startTestServer,
  TEST_ADMIN_TOKEN,
} from "../test/harness.js";
import { drawnDigitPng } from "../test/images.js";
import { openDatabase } from "./db/database.js";
import { TrainingRunStore } from "./store/training-run-store.js";

const PACKAGE_DIR = resolve(import.meta.dirname, "..");

/** Runs src/worker.ts exactly as `pnpm worker` does; resolves once it waits for runs. */
async function startWorker(env: Record<string, string>) {
  env = { WORKER_PORT: "0", ...env };
  const child = spawn(
    process.execPath,
    ["--conditions=@digit-lab/source", "--import", "tsx", "src/worker.ts"],
    {
      cwd: PACKAGE_DIR,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.once("exit", done));
  for (let waited = 0; !output.includes("training worker waiting for queued runs"); waited += 100) {
    if (child.exitCode !== null || waited > 60_000) {
      child.kill("SIGKILL");
      throw new Error(`the worker did not start:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  const ready = output.split("\n").find((line) => line.includes("training worker waiting for queued runs"));
  const { worker: id, url } = JSON.parse(ready!) as { worker: string; url: string };
  return { child, exit, output: () => output, id, url };
}

async function waitFor<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 300));
  }
}

async function activeModelName(client: TestClient): Promise<string> {
  return (await client.query("{ activeModel { name } }")).data.activeModel.name as string;
}

describe.runIf(databaseKind === "postgres" && !postgresUnavailable)(
  "training on a separate worker process",
  () => {
    it(
      "API replicas with TRAINER=none leave the run to `pnpm worker`; an activation on one replica reaches the other",
      { timeout: 300_000 },
      async () => {
        const database = await createTestDatabase();
        const first = await startTestServer(database, { TRAINER: "none", ...SEVERAL_RECOGNITION_THREADS });
        const second = await startTestServer(database, { TRAINER: "none", ...SEVERAL_RECOGNITION_THREADS });
        const worker = await startWorker({
          DATABASE_URL: database.databaseUrl!,
          LOG_LEVEL: "info",
          LOG_FORMAT: "json",
        });
        try {
          const started = await first.admin.query(
            'mutation { startTrainingRun(input: { architecture: "reference", epochs: 1, trainLimit: 300, testLimit: 300, augment: false }) { id } }',
          );
          const id = started.data.startTrainingRun.id as string;
          const run = await waitFor("the run to finish", 240_000, async () => {
            const { data } = await second.anonymous.query(
              "query ($id: ID!) { trainingRun(id: $id) { status error epochs { epoch } model { id name } } }",
              { id },
            );
            return ["SUCCEEDED", "FAILED", "CANCELLED"].includes(data.trainingRun.status)
              ? data.trainingRun
              : undefined;
          });
          expect(run).toMatchObject({ status: "SUCCEEDED", error: null, epochs: [{ epoch: 1 }] });
          expect(worker.output()).toContain(`"run":"${id}"`);

          const activated = await first.admin.query(
            "mutation ($id: ID!) { activateModel(id: $id) { active } }",
            {
              id: run.model.id,
            },
          );
          expect(activated.data.activateModel.active).toBe(true);
          expect(await activeModelName(first.anonymous)).toBe(run.model.name);
          await waitFor("the other replica to follow", 10_000, async () =>
            (await activeModelName(second.anonymous)) === run.model.name ? true : undefined,
          );
          const predicted = await second.anonymous.upload(PREDICT_DIGIT, { image: null }, [
            { path: "variables.image", bytes: await drawnDigitPng(7) },
          ]);
          expect(predicted.data.predictDigit.modelVersion).toBe(run.model.name);
        } finally {
          worker.child.kill("SIGTERM");
          expect(await worker.exit).toBe(0);
          await Promise.all([first.server.stop(), second.server.stop()]);
        }
      },
    );
  },
);

/** The value of an unlabelled gauge in a Prometheus text page. */
function gauge(metrics: string, name: string): number {
  const line = metrics.split("\n").find((text) => text.startsWith(`${name} `));
  if (!line) throw new Error(`${name} not in the metrics`);
  return Number(line.slice(name.length + 1));
}

describe.runIf(databaseKind === "postgres" && !postgresUnavailable)("a fleet that heals itself", () => {
  it(
    "warns while no worker lives; a stopped worker hands its run back, a killed one's run is resumed by another from its checkpoint",
    { timeout: 420_000 },
    async () => {
      const database = await createTestDatabase();
      const lease = { TRAINING_LEASE_MS: "2000" };
      const replica = await startTestServer(database, { TRAINER: "none", ...lease });
      const workerEnv = {
        DATABASE_URL: database.databaseUrl!,
        LOG_LEVEL: "info",
        LOG_FORMAT: "json",
        ADMIN_TOKEN: TEST_ADMIN_TOKEN,
        ...lease,
      };
      const handle = await openDatabase({ kind: "postgres", url: database.databaseUrl! });
      const runs = new TrainingRunStore(handle.db);
      const workers: Array<Awaited<ReturnType<typeof startWorker>>> = [];
      try {
        // No trainer yet: the answer says so, and the queue's age grows on /metrics.
        const started = await replica.admin.query(
          'mutation { startTrainingRun(input: { architecture: "reference", epochs: 5, trainLimit: 300, augment: false, batchSize: 64 }) { id status attempts warning } }',
        );
        const id = started.data.startTrainingRun.id as string;
        expect(started.data.startTrainingRun).toMatchObject({ status: "QUEUED", attempts: 0 });
        expect(started.data.startTrainingRun.warning).toMatch(/No trainer is alive/);
        const queue = await replica.anonymous.query("{ trainingQueue { queued workersAlive warning } }");
        expect(queue.data.trainingQueue).toMatchObject({
          queued: 1,
          workersAlive: 0,
          warning: expect.any(String),
        });
        expect((await replica.admin.query("{ workers { id } }")).data.workers).toEqual([]);
        const scrape = async () => (await fetch(`${replica.server.url}/metrics`)).text();
        const firstScrape = await scrape();
        expect(gauge(firstScrape, "training_queue_length")).toBe(1);
        expect(gauge(firstScrape, "training_workers_alive")).toBe(0);
        const firstAge = gauge(firstScrape, "training_queue_oldest_age_seconds");
        await waitFor("the queue age to grow", 10_000, async () =>
          gauge(await scrape(), "training_queue_oldest_age_seconds") > firstAge ? true : undefined,
        );

        const epochsOf = async () => ((await runs.get(id))?.epochs ?? []).map((epoch) => epoch.epoch);
        // SIGTERM after the first epoch: the run is back in the queue when the process has exited, epochs kept.
        const first = await startWorker(workerEnv);
        workers.push(first);
        const health = await fetch(`${first.url}/healthz`);
        expect(health.status).toBe(200);
        expect(gauge(await (await fetch(`${first.url}/metrics`)).text(), "training_workers_alive")).toBe(1);
        await waitFor("the first epoch", 180_000, async () =>
          (await epochsOf()).length >= 1 ? true : undefined,
        );
        const listed = (await replica.admin.query("{ workers { id kind alive run { id } } }")).data.workers;
        expect(listed).toEqual([{ id: first.id, kind: "WORKER", alive: true, run: { id } }]);
        first.child.kill("SIGTERM");
        expect(await first.exit).toBe(0);
        const handedBack = await runs.get(id);
        expect(handedBack).toMatchObject({ status: "QUEUED", attempts: 0, worker: null });
        const kept = handedBack!.epochs.map((epoch) => epoch.epoch);
        expect(kept.length).toBeGreaterThanOrEqual(1);
        expect((await runs.loadCheckpoint(id)).length).toBeGreaterThan(0);
        expect(first.output()).toContain("training run handed back to the queue");

        // Two workers: kill -9 the one that resumed it after one more epoch; the other resumes it again.
        const pair = await Promise.all([startWorker(workerEnv), startWorker(workerEnv)]);
        workers.push(...pair);
        const holder = await waitFor("a worker to resume the run", 60_000, async () => {
          const run = await runs.get(id);
          return run?.status === "RUNNING" ? pair.find((worker) => worker.id === run.worker) : undefined;
        });
        const other = pair.find((worker) => worker !== holder)!;
        await waitFor("one more epoch", 180_000, async () =>
          (await epochsOf()).length > kept.length ? true : undefined,
        );
        holder.child.kill("SIGKILL");
        await holder.exit;
        const finished = await waitFor("the run to finish", 240_000, async () => {
          const run = await runs.get(id);
          return run && ["SUCCEEDED", "FAILED", "CANCELLED"].includes(run.status) ? run : undefined;
        });
        expect(finished).toMatchObject({ status: "SUCCEEDED", error: null, attempts: 2, worker: other.id });
        expect(finished.epochs.map((epoch) => epoch.epoch)).toEqual([1, 2, 3, 4, 5]);
        expect(other.output()).toContain('"resume":true');
        expect(await runs.loadCheckpoint(id)).toEqual([]);
        const seen = (await replica.admin.query("{ workers { id alive } }")).data.workers as Array<{
          id: string;
          alive: boolean;
        }>;
        expect(seen).toContainEqual({ id: holder.id, alive: false });
        expect(seen).toContainEqual({ id: other.id, alive: true });
      } finally {
        for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill("SIGTERM");
        await Promise.all(workers.map((worker) => worker.exit));
        await replica.server.stop();
        await handle.close();
      }
    },
  );
});
