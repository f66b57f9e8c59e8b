/**
 * The feedback loop end to end through the public GraphQL API, as users would drive it: people who
 * write in a style the shipped model gets wrong (scripts/user-style.ts) upload digits with
 * predictDigit and correct them with submitFeedback; the admin fine-tunes the active model on
 * MNIST plus that feedback (baseModelId + includeFeedback + autoActivate); the script reports
 * accuracy on held-out digits of that style, before and after, and MNIST test accuracy.
 * Users' digits are MNIST training digits 50,000+ and the held-out ones 56,000+, rendered with other
 * seeds: no digit of the held-out set is ever uploaded as feedback, and MNIST test is never rendered.
 *
 * Usage (an API started with RATE_LIMIT_PREDICTIONS=0 and an ADMIN_TOKEN, on a fresh DATA_DIR):
 *   tsx --conditions=@digit-lab/source scripts/feedback-loop-demo.ts --api http://127.0.0.1:4000 \
 *     --admin-token <token> [--users 400] [--heldout 400] [--epochs 1] [--lr 1e-4] [--train-limit 30000]
 */
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { loadMnist, IMAGE_PIXELS, createRandom } from "@digit-lab/model";
import { USER_STYLE, renderUserStyleUpload } from "./user-style.js";

const { values } = parseArgs({
  options: {
    api: { type: "string", default: "http://127.0.0.1:4000" },
    "admin-token": { type: "string" },
    users: { type: "string", default: "400" },
    heldout: { type: "string", default: "400" },
    epochs: { type: "string", default: "1" },
    lr: { type: "string", default: "1e-4" },
    "train-limit": { type: "string", default: "30000" },
  },
});
const adminToken = values["admin-token"] ?? process.env.ADMIN_TOKEN;
if (!adminToken) throw new Error("--admin-token (or ADMIN_TOKEN) is required");
const api = values.api!.replace(/\/$/, "");
const USERS_FROM = 50_000;
const HELDOUT_FROM = 56_000;

// Answers of the API as this script reads them: loosely, as any client would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

async function graphql(query: string, variables: Json = {}, token?: string): Promise<Json> {
  const response = await fetch(`${api}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Json; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`${body.errors[0]!.message} (${query.slice(0, 60)}...)`);
  return body.data!;
}

/** predictDigit through the GraphQL multipart request spec; a refusal comes back as its error code. */
async function predict(
  png: Buffer,
  name: string,
  token: string,
): Promise<{ id: string; digit: number } | { refused: string }> {
  const form = new FormData();
  form.append(
    "operations",
    JSON.stringify({
      query: "mutation ($image: Upload!) { predictDigit(image: $image) { id digit } }",
      variables: { image: null },
    }),
  );
  form.append("map", JSON.stringify({ 0: ["variables.image"] }));
  form.append("0", new Blob([png], { type: "image/png" }), name);
  const response = await fetch(`${api}/graphql`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
    body: form,
  });
  const body = (await response.json()) as { data?: Json; errors?: Array<{ extensions?: { code?: string } }> };
  if (body.errors?.length) return { refused: body.errors[0]!.extensions?.code ?? "ERROR" };
  return body.data!.predictDigit as { id: string; digit: number };
}

const data = await loadMnist();
const render = async (from: number, count: number, seed: number) => {
  const random = createRandom(seed);
  const out: Array<{ label: number; png: Buffer }> = [];
  for (let i = 0; i < count; i++)
    out.push({
      label: data.train.labels[from + i]!,
      png: await renderUserStyleUpload(data.train.images, (from + i) * IMAGE_PIXELS, random),
    });
  return out;
};

/** Share of the held-out digits the serving model answers right (refusals count as wrong). */
async function heldOutAccuracy(
  set: Array<{ label: number; png: Buffer }>,
): Promise<{ accuracy: number; model: string }> {
  let right = 0;
  for (const [i, sample] of set.entries()) {
    const answer = await predict(sample.png, `heldout-${i}.png`, adminToken!);
    if ("digit" in answer && answer.digit === sample.label) right++;
  }
  const { activeModel } = await graphql("{ activeModel { name } }");
  return { accuracy: right / set.length, model: activeModel.name as string };
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
console.log(`User style: ${USER_STYLE}`);
const users = await render(USERS_FROM, Number(values.users), 1501);
const heldOut = await render(HELDOUT_FROM, Number(values.heldout), 2602);

const before = await heldOutAccuracy(heldOut);
console.log(
  `Held-out digits of that style (${heldOut.length}), before: ${percent(before.accuracy)} (${before.model})`,
);

const { createApiKey } = await graphql('mutation { createApiKey(name: "feedback-loop-demo") { key } }');
const userToken = createApiKey.key as string;
let corrected = 0;
let confirmed = 0;
const refusals: Record<string, number> = {};
for (const [i, sample] of users.entries()) {
  // Half drawn on the canvas, half uploaded: the canvas names its file drawing.png.
  const answer = await predict(sample.png, i % 2 ? "drawing.png" : `photo-${i}.png`, userToken);
  if ("refused" in answer) {
    refusals[answer.refused] = (refusals[answer.refused] ?? 0) + 1;
    continue;
  }
  await graphql(
    "mutation ($id: ID!, $digit: Int!) { submitFeedback(predictionId: $id, correctDigit: $digit) { id } }",
    { id: answer.id, digit: sample.label },
    userToken,
  );
  if (answer.digit === sample.label) confirmed++;
  else corrected++;
}
console.log(
  `Users: ${users.length} digits uploaded, ${corrected} corrected, ${confirmed} confirmed, refused: ${JSON.stringify(refusals)}`,
);
const { feedbackCounts } = await graphql("{ feedbackCounts { training holdout excluded } }", {}, adminToken);
const totals = (feedbackCounts as Json[]).reduce(
  (sum, c) => ({ training: sum.training + c.training, holdout: sum.holdout + c.holdout }),
  { training: 0, holdout: 0 },
);
console.log(`Feedback dataset: ${totals.training} training samples, ${totals.holdout} in the holdout`);

const { activeModel } = await graphql("{ activeModel { id name } }");
const input = {
  baseModelId: activeModel.id,
  includeFeedback: true,
  autoActivate: true,
  epochs: Number(values.epochs),
  learningRate: Number(values.lr),
  trainLimit: Number(values["train-limit"]),
  seed: 43,
};
const started = performance.now();
const loadAtStart = loadavg()[0]!;
const { startTrainingRun } = await graphql(
  "mutation ($input: TrainingRunInput!) { startTrainingRun(input: $input) { id } }",
  { input },
  adminToken,
);
const runId = startTrainingRun.id as string;
console.log(`Run ${runId}: fine-tuning ${activeModel.name} on MNIST + feedback (${JSON.stringify(input)})`);
let run: Json;
const loads: number[] = [];
for (;;) {
  ({ trainingRun: run } = await graphql(
    `
      query ($id: ID!) {
        trainingRun(id: $id) {
          status
          error
          progress
          durationMs
          feedbackSamples
          startedAt
          finishedAt
          model {
            id
            name
            active
          }
          comparison {
            championName
            worseSets
            betterOnHoldout
            promotable
            activated
            sets {
              set
              count
              championAccuracy
              challengerAccuracy
            }
          }
        }
      }
    `,
    { id: runId },
    adminToken,
  ));
  loads.push(loadavg()[0]!);
  if (run.status === "FAILED" || run.status === "CANCELLED")
    throw new Error(`run ${run.status}: ${run.error}`);
  if (run.status === "SUCCEEDED" && run.comparison) break;
  await new Promise((resolve) => setTimeout(resolve, 5000));
}
const wallSeconds = (performance.now() - started) / 1000;
const trainSeconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
console.log(
  `Run finished: ${trainSeconds.toFixed(0)} s from claim to model (${(run.durationMs / 1000).toFixed(0)} s of epochs), ${wallSeconds.toFixed(0)} s until compared; ${run.feedbackSamples} feedback samples trained`,
);
console.log(
  `Load average (1 min) on ${availableParallelism()} cores: ${loadAtStart.toFixed(1)} at start, mean ${(loads.reduce((a, b) => a + b, 0) / loads.length).toFixed(1)} while training`,
);
for (const set of run.comparison.sets as Json[])
  console.log(
    `  ${set.set.padEnd(16)} n=${String(set.count).padStart(5)}  active ${percent(set.championAccuracy).padStart(7)}  run ${percent(set.challengerAccuracy).padStart(7)}`,
  );
console.log(
  `Comparison: worse on [${run.comparison.worseSets.join(", ")}], better on the holdout: ${run.comparison.betterOnHoldout}, promoted automatically: ${run.comparison.activated}`,
);
if (!run.comparison.activated) {
  // The figures below are still worth measuring; the admin would be asked to confirm this in the web app.
  await graphql(
    "mutation ($id: ID!) { activateModel(id: $id, force: true) { id } }",
    { id: run.model.id },
    adminToken,
  );
  console.log("Activated with force: true to measure it");
}
const after = await heldOutAccuracy(heldOut);
const mnist = (run.comparison.sets as Json[]).find((set) => set.set === "mnist")!;
console.log(
  `Held-out digits of that style (${heldOut.length}), after: ${percent(after.accuracy)} (${after.model}); before ${percent(before.accuracy)}`,
);
console.log(
  `MNIST test (10,000): ${percent(mnist.challengerAccuracy)} after, ${percent(mnist.championAccuracy)} before`,
);
