import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { PREDICT_DIGIT, type TestClient } from "../test/graphql-client.js";
import { createTestDatabase, databaseKind, postgresUnavailable, startTestServer } from "../test/harness.js";
import { drawnDigitPng } from "../test/images.js";

const PACKAGE_DIR = resolve(import.meta.dirname, "..");

/** Runs src/worker.ts exactly as `pnpm worker` does; resolves once it waits for runs. */
async function startWorker(env: Record<string, string>) {
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
  return { child, exit, output: () => output };
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
        const first = await startTestServer(database, { TRAINER: "none" });
        const second = await startTestServer(database, { TRAINER: "none" });
        const worker = await startWorker({
          DATABASE_URL: database.databaseUrl!,
          LOG_LEVEL: "info",
          LOG_FORMAT: "json",
        });
        try {
          const started = await first.admin.query(
            'mutation { startTrainingRun(input: { architecture: "reference", epochs: 1, trainLimit: 300, augment: false }) { id } }',
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
