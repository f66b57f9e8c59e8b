import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PREDICT_DIGIT, type Json, type TestClient } from "../../../test/graphql-client.js";
import {
  createTestDatabase,
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  SEVERAL_RECOGNITION_THREADS,
  startTestServer,
  type TestServer,
} from "../../../test/harness.js";
import { drawnDigitPng } from "../../../test/images.js";
import { openDatabase } from "../../db/database.js";
import { PGLITE_SUBDIR } from "../../server.js";
import { TrainingRunStore } from "../../store/training-run-store.js";

const RUN_FIELDS = `
  id status progress backend error createdAt startedAt finishedAt durationMs
  config { architecture epochs batchSize learningRate augment trainLimit seed }
  epochs { epoch loss accuracy valLoss valAccuracy durationMs }
  testAccuracy testLoss confusionMatrix perClass { digit precision recall support }
  model { id name active }
  recognition { crossStyleCount perStyle { style accuracy } nonDigitsCaught }
`;
const START = `mutation ($input: TrainingRunInput!) { startTrainingRun(input: $input) { ${RUN_FIELDS} } }`;
const CANCEL = `mutation ($id: ID!) { cancelTrainingRun(id: $id) { id status } }`;
// force: a tiny run's model may well be worse than the active one on some set.
const ACTIVATE = `mutation ($id: ID!) { activateModel(id: $id, force: true) { id name active trainingRun { id } } }`;
const RUN = `query ($id: ID!) { trainingRun(id: $id) { ${RUN_FIELDS} } }`;
const RUNS = `query ($first: Int, $after: String, $status: TrainingRunStatus) {
  trainingRuns(first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${RUN_FIELDS} } }
  }
}`;

// A few hundred test digits: the evaluation is checked for its shape, not for MNIST accuracy.
const TINY = {
  architecture: "reference",
  epochs: 1,
  trainLimit: 300,
  testLimit: 300,
  augment: false,
  batchSize: 64,
};
const FINISHED = new Set(["SUCCEEDED", "FAILED", "CANCELLED"]);

/** Polls trainingRun(id) like a client would, until the run finishes; returns every state seen. */
async function pollUntilFinished(client: TestClient, id: string, timeoutMs: number): Promise<Json[]> {
  const seen: Json[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await client.query(RUN, { id });
    expect(errors).toBeUndefined();
    seen.push(data.trainingRun);
    if (FINISHED.has(data.trainingRun.status as string)) return seen;
    if (Date.now() > deadline)
      throw new Error(`run ${id} still ${data.trainingRun.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe.skipIf(postgresUnavailable)(`training runs and the model registry (${databaseKind})`, () => {
  let api: TestServer;
  let user: TestClient;

  beforeAll(async () => {
    api = await startTestServer(undefined, SEVERAL_RECOGNITION_THREADS);
    user = await newKeyHolder(api.anonymous);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("lists the shipped model's run, imported from its metadata with its history", async () => {
    const { data } = await api.anonymous.query(RUNS, {});
    expect(data.trainingRuns.totalCount).toBe(1);
    const shipped = data.trainingRuns.edges[0].node;
    expect(shipped).toMatchObject({
      status: "SUCCEEDED",
      progress: 1,
      backend: "cpu",
      error: null,
      config: { architecture: "reference", epochs: 0, seed: 1, trainLimit: null },
      epochs: [{ epoch: 1, loss: 2.3, accuracy: 0.1, valLoss: 2.3, valAccuracy: 0.1, durationMs: 1000 }],
      testAccuracy: 0.1,
      testLoss: 2.3,
      durationMs: 1000,
      finishedAt: "2026-01-01T00:00:00.000Z",
      model: { name: "fixture-a", active: true },
    });
    const models = await api.anonymous.query("{ models { name trainingRun { id } } }");
    expect(models.data.models).toEqual([{ name: "fixture-a", trainingRun: { id: shipped.id } }]);
  });

  it("refuses admin mutations: UNAUTHENTICATED without credentials, FORBIDDEN for others", async () => {
    const runs = (await api.anonymous.query(RUNS, {})).data.trainingRuns;
    const runId = runs.edges[0].node.id as string;
    const modelId = api.server.services.activeModel.version.id;
    for (const [client, code] of [
      [api.anonymous, "UNAUTHENTICATED"],
      [user, "FORBIDDEN"],
    ] as const) {
      const responses = await Promise.all([
        client.query(START, { input: TINY }),
        client.query(CANCEL, { id: runId }),
        client.query(ACTIVATE, { id: modelId }),
      ]);
      for (const response of responses) expect(response.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect((await api.anonymous.query(RUNS, {})).data.trainingRuns.totalCount).toBe(runs.totalCount);
  });

  it("refuses bad input with BAD_USER_INPUT naming the field", async () => {
    const before = (await api.admin.query(RUNS, {})).data.trainingRuns.totalCount;
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ epochs: 0 }, "epochs", "epochs must be an integer between 1 and 50, got 0."],
      [{ epochs: 51 }, "epochs", "epochs must be an integer between 1 and 50, got 51."],
      [{ batchSize: 4 }, "batchSize", "batchSize must be an integer between 8 and 1024, got 4."],
      [{ learningRate: 0 }, "learningRate", "learningRate must be greater than 0 and at most 0.1, got 0."],
      [
        { learningRate: 0.5 },
        "learningRate",
        "learningRate must be greater than 0 and at most 0.1, got 0.5.",
      ],
      [{ trainLimit: 99 }, "trainLimit", "trainLimit must be an integer between 100 and 60000, got 99."],
      [{ testLimit: 99 }, "testLimit", "testLimit must be an integer between 100 and 10000, got 99."],
      [{ seed: -1 }, "seed", "seed must be an integer between 0 and 2147483647, got -1."],
      [
        { architecture: "vgg" },
        "architecture",
        'architecture must be one of compact, wide, reference, got "vgg".',
      ],
    ];
    for (const [input, field, message] of cases) {
      const { errors } = await api.admin.query(START, { input: { ...TINY, ...input } });
      expect(errors?.[0]).toMatchObject({ message, extensions: { code: "BAD_USER_INPUT", field } });
    }
    expect((await api.admin.query(RUNS, {})).data.trainingRuns.totalCount).toBe(before);
  });

  it("answers unknown ids: trainingRun null, cancel and activate NOT_FOUND", async () => {
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await api.anonymous.query(RUN, { id: unknown })).data.trainingRun).toBeNull();
    expect((await api.anonymous.query(RUN, { id: "not-a-uuid" })).data.trainingRun).toBeNull();
    for (const query of [CANCEL, ACTIVATE]) {
      const { errors } = await api.admin.query(query, { id: unknown });
      expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("serves the bounds it checks TrainingRunInput against: one past either end is refused", async () => {
    const { data } = await api.anonymous.query(
      "{ trainingRunLimits { epochs { min max } batchSize { min max } learningRate { min max } trainLimit { min max } testLimit { min max } seed { min max } } }",
    );
    const limits = data.trainingRunLimits;
    expect(limits.epochs).toEqual({ min: 1, max: 50 });
    expect(limits.learningRate).toEqual({ min: 0, max: 0.1 });
    // The seed's max is GraphQL's largest Int: one past it fails coercion, before our check.
    expect(limits.seed.max).toBe(2 ** 31 - 1);
    for (const field of ["epochs", "batchSize", "trainLimit", "testLimit"]) {
      const over = await api.admin.query(START, { input: { [field]: limits[field].max + 1 } });
      expect(over.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      const under = await api.admin.query(START, { input: { [field]: limits[field].min - 1 } });
      expect(under.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
    const seed = await api.admin.query(START, { input: { seed: limits.seed.min - 1 } });
    expect(seed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "seed" });
    const atMin = await api.admin.query(START, { input: { learningRate: limits.learningRate.min } });
    expect(atMin.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "learningRate" });
  });

  it("lists the architectures with their sizes, exactly one of them the default", async () => {
    const { data } = await api.anonymous.query(
      "{ architectures { name description parameterCount isDefault } }",
    );
    expect(data.architectures.map((a: Json) => [a.name, a.isDefault])).toEqual([
      ["compact", true],
      ["wide", false],
      ["reference", false],
    ]);
    // Conv 3x3x32 (320) + dense 5408x128 (692,352) + dense 128x11 (1,419): ten digits and "not a digit".
    expect(data.architectures[2].parameterCount).toBe(694_091);
    for (const architecture of data.architectures) expect(architecture.description).toMatch(/conv/);
  });

  it("cancels a run right after starting it, and refuses to cancel it again", async () => {
    // No architecture named: the run gets the default one.
    const started = await api.admin.query(START, {
      input: { epochs: 5, batchSize: 64, augment: false, trainLimit: 20_000 },
    });
    expect(started.errors).toBeUndefined();
    const run = started.data.startTrainingRun;
    expect(run).toMatchObject({ status: "QUEUED", progress: 0, epochs: [], model: null });
    expect(run.config).toEqual({
      architecture: "compact",
      epochs: 5,
      batchSize: 64,
      learningRate: 0.001,
      augment: false,
      trainLimit: 20_000,
      seed: 42,
    });
    const cancelled = await api.admin.query(CANCEL, { id: run.id });
    expect(["CANCELLED", "RUNNING"]).toContain(cancelled.data.cancelTrainingRun.status);
    const states = await pollUntilFinished(api.admin, run.id as string, 120_000);
    expect(states.at(-1)).toMatchObject({ status: "CANCELLED", error: null, model: null });
    const again = await api.admin.query(CANCEL, { id: run.id });
    expect(again.errors?.[0]).toMatchObject({
      message: `Training run ${run.id} cannot be cancelled: run is already CANCELLED.`,
      extensions: { code: "BAD_USER_INPUT" },
    });
    const filtered = await api.anonymous.query(RUNS, { status: "CANCELLED" });
    expect(filtered.data.trainingRuns.totalCount).toBe(1);
    expect(filtered.data.trainingRuns.edges[0].node.id).toBe(run.id);
  });

  it("pages through runs newest first with cursors", async () => {
    const all = (await api.anonymous.query(RUNS, { first: 100 })).data.trainingRuns;
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data } = await api.anonymous.query(RUNS, { first: 1, after });
      paged.push(...data.trainingRuns.edges.map((edge: Json) => edge.node.id as string));
      if (!data.trainingRuns.pageInfo.hasNextPage) break;
      after = data.trainingRuns.pageInfo.endCursor as string;
    }
    expect(paged).toEqual(all.edges.map((edge: Json) => edge.node.id));
    const created = all.edges.map((edge: Json) => Date.parse(edge.node.createdAt as string));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const bad = await api.anonymous.query(RUNS, { after: "nonsense" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.runIf(databaseKind === "pglite")(
    "trains a tiny run while serving predictions; activating it makes the next prediction use it",
    { timeout: 300_000 },
    async () => {
      const started = await api.admin.query(START, { input: TINY });
      const id = started.data.startTrainingRun.id as string;
      const png = await drawnDigitPng(7);
      let servedWhileTraining = 0;
      const states: Json[] = [];
      const deadline = Date.now() + 240_000;
      for (;;) {
        const { data } = await api.admin.query(RUN, { id });
        states.push(data.trainingRun);
        if (FINISHED.has(data.trainingRun.status as string)) break;
        if (Date.now() > deadline) throw new Error(`run still ${data.trainingRun.status}`);
        if (data.trainingRun.status === "RUNNING") {
          const predicted = await user.upload(PREDICT_DIGIT, { image: null }, [
            { path: "variables.image", bytes: png },
          ]);
          expect(predicted.errors).toBeUndefined();
          expect(predicted.data.predictDigit.modelVersion).toBe("fixture-a");
          servedWhileTraining++;
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      expect(servedWhileTraining).toBeGreaterThan(0);
      const progress = states.map((state) => state.progress as number);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));

      const run = states.at(-1);
      expect(run).toMatchObject({ status: "SUCCEEDED", progress: 1, error: null, model: { active: false } });
      expect(run.epochs).toHaveLength(1);
      expect(run.epochs[0]).toMatchObject({ epoch: 1 });
      expect(run.testAccuracy).toBeGreaterThan(0.3);
      expect(run.confusionMatrix).toHaveLength(10);
      for (const row of run.confusionMatrix) expect(row).toHaveLength(10);
      // Support counts every test digit; the matrix leaves out those refused as not a digit.
      expect(run.perClass.reduce((sum: number, entry: Json) => sum + (entry.support as number), 0)).toBe(
        TINY.testLimit,
      );
      run.confusionMatrix.forEach((row: number[], digit: number) =>
        expect(row.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(
          run.perClass[digit].support as number,
        ),
      );
      expect(run.recognition.crossStyleCount).toBe(9 * 40);
      expect(run.recognition.perStyle).toHaveLength(9);
      expect(run.recognition.nonDigitsCaught).toBeGreaterThanOrEqual(0);
      expect(new Date(run.finishedAt as string).getTime()).toBeGreaterThanOrEqual(
        new Date(run.startedAt as string).getTime(),
      );
      expect(run.model.name).toMatch(/^run-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);

      const activated = await api.admin.query(ACTIVATE, { id: run.model.id });
      expect(activated.data.activateModel).toEqual({
        id: run.model.id,
        name: run.model.name,
        active: true,
        trainingRun: { id },
      });
      const predicted = await user.upload(PREDICT_DIGIT, { image: null }, [
        { path: "variables.image", bytes: png },
      ]);
      expect(predicted.data.predictDigit.modelVersion).toBe(run.model.name);
      const models = await api.anonymous.query("{ activeModel { name } models { name active } }");
      expect(models.data.activeModel.name).toBe(run.model.name);
      expect(models.data.models.filter((model: Json) => model.active)).toEqual([
        { name: run.model.name, active: true },
      ]);
      const again = await api.admin.query(ACTIVATE, { id: run.model.id });
      expect(again.data.activateModel.active).toBe(true);
      const metrics = await (await fetch(`${api.server.url}/metrics`)).text();
      expect(metrics).toContain('training_runs{status="SUCCEEDED"} 2');
      expect(metrics).toContain(`model_info{version="${run.model.name}"`);

      const shipped = (await api.anonymous.query(RUNS, { status: "SUCCEEDED" })).data.trainingRuns.edges.find(
        (edge: Json) => edge.node.model.name === "fixture-a",
      );
      await api.admin.query(ACTIVATE, { id: shipped.node.model.id });
      const back = await user.upload(PREDICT_DIGIT, { image: null }, [
        { path: "variables.image", bytes: png },
      ]);
      expect(back.data.predictDigit.modelVersion).toBe("fixture-a");
    },
  );
});

describe.runIf(databaseKind === "pglite")("stopping the server while a run trains", () => {
  it("hands the run back to the queue, and the next start claims it again", async () => {
    const database = await createTestDatabase();
    const first = await startTestServer(database);
    const started = await first.admin.query(START, { input: { ...TINY, trainLimit: 60_000, epochs: 50 } });
    const id = started.data.startTrainingRun.id as string;
    const attemptsOf = async (client: TestClient) =>
      (await client.query("query ($id: ID!) { trainingRun(id: $id) { status attempts error } }", { id })).data
        .trainingRun;
    for (let waited = 0; (await attemptsOf(first.admin)).status !== "RUNNING"; waited += 100) {
      if (waited > 30_000) throw new Error("the run was not claimed within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await first.server.stop();
    const handle = await openDatabase({ kind: "pglite", dir: join(database.dataDir, PGLITE_SUBDIR) });
    try {
      // Handed back, not failed: the claim does not count as an attempt.
      expect(await new TrainingRunStore(handle.db).get(id)).toMatchObject({
        status: "QUEUED",
        attempts: 0,
        worker: null,
        error: null,
      });
    } finally {
      await handle.close();
    }

    const second = await startTestServer(database);
    try {
      for (let waited = 0; (await attemptsOf(second.admin)).status !== "RUNNING"; waited += 100) {
        if (waited > 30_000) throw new Error("the run was not claimed again within 30 s");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await attemptsOf(second.admin)).toEqual({ status: "RUNNING", attempts: 1, error: null });
    } finally {
      await second.server.stop();
    }
  });
});
