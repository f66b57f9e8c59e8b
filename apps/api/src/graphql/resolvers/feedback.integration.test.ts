import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isHoldoutSample } from "@digit-lab/model";
import { PREDICT_DIGIT, type Json, type TestClient } from "../../../test/graphql-client.js";
import {
  databaseKind,
  newKeyHolder,
  postgresUnavailable,
  SEVERAL_RECOGNITION_THREADS,
  startTestServer,
  type TestServer,
} from "../../../test/harness.js";
import { mnistDigitPngs } from "../../../test/images.js";

const SAMPLES = `query ($first: Int, $after: String, $label: Int, $kind: FeedbackSourceKind, $status: FeedbackSampleStatus) {
  feedbackSamples(first: $first, after: $after, label: $label, kind: $kind, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id label predictedDigit kind status image modelVersion ownerId createdAt } }
  }
}`;
const COUNTS = "{ feedbackCounts { digit training holdout excluded corrected } }";
const EXCLUDE = "mutation ($id: ID!) { excludeFeedbackSample(id: $id) { id status } }";
const INCLUDE = "mutation ($id: ID!) { includeFeedbackSample(id: $id) { id status } }";
const SETTINGS =
  "mutation ($n: Int) { updateFeedbackSettings(retrainAfterSamples: $n) { retrainAfterSamples newSamples } }";
const FEEDBACK =
  "mutation ($id: ID!, $digit: Int!) { submitFeedback(predictionId: $id, correctDigit: $digit) { id correctDigit } }";
const DELETE = "mutation ($id: ID!) { deletePrediction(id: $id) }";
const START = `mutation ($input: TrainingRunInput!) {
  startTrainingRun(input: $input) { id status includeFeedback autoActivate baseModel { name } }
}`;
const RUN = `query ($id: ID!) {
  trainingRun(id: $id) {
    id status error includeFeedback feedbackSamples model { id name active }
    comparison {
      championName worseSets betterOnHoldout promotable activated
      sets { set count championAccuracy challengerAccuracy perClass { digit } confusionChanges { actual predicted } }
    }
  }
}`;

/** Predictions of `count` MNIST test digits by `user`, each confirmed or corrected (every third one "wrong"). */
async function answeredPredictions(
  user: TestClient,
  count: number,
): Promise<Array<{ id: string; label: number }>> {
  const answered: Array<{ id: string; label: number }> = [];
  for (const [i, { label, png }] of (await mnistDigitPngs(count)).entries()) {
    const predicted = await user.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: png, name: i % 2 ? "drawing.png" : `photo-${i}.png` },
    ]);
    if (predicted.errors) continue;
    const id = predicted.data.predictDigit.id as string;
    const given = i % 3 === 0 ? (label + 1) % 10 : label;
    const feedback = await user.query(FEEDBACK, { id, digit: given });
    expect(feedback.errors).toBeUndefined();
    answered.push({ id, label: given });
  }
  return answered;
}

describe.skipIf(postgresUnavailable)(`the feedback dataset (${databaseKind})`, () => {
  let api: TestServer;
  let user: TestClient;
  let answered: Array<{ id: string; label: number }>;
  let excludedId: string;

  beforeAll(async () => {
    api = await startTestServer(undefined, SEVERAL_RECOGNITION_THREADS);
    user = await newKeyHolder(api.anonymous);
    answered = await answeredPredictions(user, 24);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("is admin only", async () => {
    for (const [client, code] of [
      [api.anonymous, "UNAUTHENTICATED"],
      [user, "FORBIDDEN"],
    ] as const) {
      for (const [query, variables] of [
        [SAMPLES, {}],
        [COUNTS, {}],
        [EXCLUDE, { id: answered[0]!.id }],
        [SETTINGS, { n: 5 }],
      ] as const) {
        const response = await client.query(query, variables);
        expect(response.errors?.[0]?.extensions?.code).toBe(code);
      }
    }
  });

  it("has one sample per answered prediction, with the label users gave and a holdout fixed by id", async () => {
    expect(answered.length).toBeGreaterThan(15);
    const { data } = await api.admin.query(SAMPLES, { first: 100 });
    expect(data.feedbackSamples.totalCount).toBe(answered.length);
    const byId = new Map(data.feedbackSamples.edges.map((edge: Json) => [edge.node.id, edge.node]));
    for (const { id, label } of answered) {
      const sample = byId.get(id) as Json;
      expect(sample).toMatchObject({ label, status: isHoldoutSample(id) ? "HOLDOUT" : "TRAINING" });
      expect(sample.image).toMatch(/^data:image\/png;base64,/);
      expect(sample.modelVersion).toBe("fixture-a");
    }
    const drawings = await api.admin.query(SAMPLES, { kind: "DRAWING", first: 100 });
    expect(drawings.data.feedbackSamples.edges.every((edge: Json) => edge.node.kind === "DRAWING")).toBe(
      true,
    );
    const label = answered[1]!.label;
    const ofLabel = await api.admin.query(SAMPLES, { label, first: 100 });
    expect(ofLabel.data.feedbackSamples.totalCount).toBe(answered.filter((a) => a.label === label).length);
    const counts = (await api.admin.query(COUNTS)).data.feedbackCounts as Json[];
    expect(counts.map((c) => c.digit)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(counts.reduce((sum, c) => sum + c.training + c.holdout + c.excluded, 0)).toBe(answered.length);
  });

  it("pages with cursors, relabels on a new correction, excludes and includes, and forgets deleted predictions", async () => {
    const first = await api.admin.query(SAMPLES, { first: 5 });
    const second = await api.admin.query(SAMPLES, {
      first: 5,
      after: first.data.feedbackSamples.pageInfo.endCursor,
    });
    const ids = [...first.data.feedbackSamples.edges, ...second.data.feedbackSamples.edges].map(
      (e: Json) => e.node.id,
    );
    expect(new Set(ids).size).toBe(10);

    const [target, deleted] = answered.slice(-2);
    await user.query(FEEDBACK, { id: target!.id, digit: (target!.label + 5) % 10 });
    target!.label = (target!.label + 5) % 10;
    const relabelled = await api.admin.query(SAMPLES, { label: target!.label, first: 100 });
    expect(relabelled.data.feedbackSamples.edges.map((e: Json) => e.node.id)).toContain(target!.id);

    const excluded = await api.admin.query(EXCLUDE, { id: target!.id });
    expect(excluded.data.excludeFeedbackSample).toEqual({ id: target!.id, status: "EXCLUDED" });
    const listed = await api.admin.query(SAMPLES, { status: "EXCLUDED" });
    expect(listed.data.feedbackSamples.edges.map((e: Json) => e.node.id)).toEqual([target!.id]);
    const back = await api.admin.query(INCLUDE, { id: target!.id });
    expect(back.data.includeFeedbackSample.status).not.toBe("EXCLUDED");
    await api.admin.query(EXCLUDE, { id: target!.id });
    excludedId = target!.id;

    expect((await user.query(DELETE, { id: deleted!.id })).data.deletePrediction).toBe(true);
    answered = answered.filter((a) => a.id !== deleted!.id);
    const after = await api.admin.query(SAMPLES, { first: 100 });
    expect(after.data.feedbackSamples.totalCount).toBe(answered.length);
    expect(after.data.feedbackSamples.edges.map((e: Json) => e.node.id)).not.toContain(deleted!.id);
    const missing = await api.admin.query(EXCLUDE, { id: deleted!.id });
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it.runIf(databaseKind === "pglite")(
    "fine-tunes on the training samples only (no holdout, no excluded one) and compares with the active model",
    { timeout: 400_000 },
    async () => {
      const base = api.server.services.activeModel.version;
      const started = await api.admin.query(START, {
        input: {
          baseModelId: base.id,
          includeFeedback: true,
          autoActivate: true,
          epochs: 1,
          trainLimit: 300,
          testLimit: 300,
          augment: false,
          batchSize: 64,
        },
      });
      expect(started.errors).toBeUndefined();
      expect(started.data.startTrainingRun).toMatchObject({
        status: "QUEUED",
        includeFeedback: true,
        autoActivate: true,
        baseModel: { name: base.name },
      });
      const id = started.data.startTrainingRun.id as string;
      let run: Json;
      const deadline = Date.now() + 360_000;
      for (;;) {
        // A connection reset by a loaded machine is retried, as a polling client would.
        const answer = await api.admin.query(RUN, { id }).catch((error: unknown) => {
          if ((error as { cause?: { code?: string } }).cause?.code !== "ECONNRESET") throw error;
          return undefined;
        });
        if (!answer) continue;
        run = answer.data.trainingRun;
        if (run.status !== "QUEUED" && run.status !== "RUNNING" && run.comparison) break;
        if (run.status === "FAILED" || run.status === "CANCELLED")
          throw new Error(`run ${run.status}: ${run.error}`);
        if (Date.now() > deadline)
          throw new Error(`run still ${run.status}, comparison ${JSON.stringify(run.comparison)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const training = (await api.admin.query(SAMPLES, { status: "TRAINING", first: 100 })).data
        .feedbackSamples;
      const holdout = (await api.admin.query(SAMPLES, { status: "HOLDOUT", first: 100 })).data
        .feedbackSamples;
      // Exactly the TRAINING samples trained: neither the holdout nor the excluded sample.
      expect(run.feedbackSamples).toBe(training.totalCount);
      expect(training.totalCount).toBe(
        answered.filter((a) => !isHoldoutSample(a.id) && a.id !== excludedId).length,
      );
      const sets = run.comparison.sets.map((s: Json) => s.set);
      expect(sets.slice(0, 3)).toEqual(["mnist", "crossStyle", "nonDigits"]);
      const holdoutSet = run.comparison.sets.find((s: Json) => s.set === "feedbackHoldout");
      expect(holdoutSet?.count ?? 0).toBe(holdout.totalCount);
      expect(run.comparison.sets[0]).toMatchObject({ count: 10_000 });
      expect(run.comparison.sets[0].perClass).toHaveLength(10);
      expect(run.comparison.championName).toBe(base.name);
      // Promoted exactly when the comparison allows it.
      expect(run.comparison.activated).toBe(run.comparison.promotable);
      expect(run.model.active).toBe(run.comparison.promotable);
      if (!run.comparison.promotable && run.comparison.worseSets.length > 0) {
        const refused = await api.admin.query("mutation ($id: ID!) { activateModel(id: $id) { id } }", {
          id: run.model.id,
        });
        expect(refused.errors?.[0]?.extensions).toMatchObject({
          code: "MODEL_WORSE_ON_SET",
          worseSets: run.comparison.worseSets,
        });
        const forced = await api.admin.query(
          "mutation ($id: ID!) { activateModel(id: $id, force: true) { active } }",
          { id: run.model.id },
        );
        expect(forced.data.activateModel.active).toBe(true);
      }
    },
  );

  it("queues a scheduled feedback run after N new samples, once", async () => {
    const set = await api.admin.query(SETTINGS, { n: 3 });
    expect(set.data.updateFeedbackSettings.retrainAfterSamples).toBe(3);
    const bad = await api.admin.query(SETTINGS, { n: 0 });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "retrainAfterSamples",
    });
    const { FeedbackStore } = await import("../../store/feedback-store.js");
    const { queueScheduledRun } = await import("../../training/feedback-loop.js");
    const services = api.server.services;
    const loop = {
      runs: services.runs,
      models: services.models,
      feedback: services.feedback,
      log: pino({ level: "silent" }),
      activate: async () => undefined,
    };
    expect(services.feedback).toBeInstanceOf(FeedbackStore);
    // Every sample so far is new: a run is due, and exactly one is queued (the trainer's own check may be the one).
    await Promise.all([queueScheduledRun(loop), queueScheduledRun(loop)]);
    const listed = await api.admin.query(
      "{ trainingRuns(first: 100) { edges { node { id status scheduled includeFeedback autoActivate } } } }",
    );
    const scheduled = listed.data.trainingRuns.edges
      .map((e: Json) => e.node)
      .filter((run: Json) => run.scheduled);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({ includeFeedback: true, autoActivate: true });
    expect(
      (await api.admin.query("{ feedbackSettings { newSamples } }")).data.feedbackSettings.newSamples,
    ).toBe(0);
    await api.admin.query("mutation ($id: ID!) { cancelTrainingRun(id: $id) { id } }", {
      id: scheduled[0].id,
    });
    await api.admin.query(SETTINGS, { n: null });
  });
});
