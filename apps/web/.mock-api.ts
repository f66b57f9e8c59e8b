import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { buildSchema, graphql } from "graphql";
const schema = buildSchema(readFileSync("/work/main/apps/api/schema.graphql", "utf8"));
const epochs = [1,2,3,4,5].map((e) => ({ epoch: e, loss: 0.5/e, accuracy: 0.9+0.018*e, valLoss: 0.45/e+0.02, valAccuracy: 0.91+0.015*e, durationMs: 30000 }));
const cm = Array.from({length:10},(_,a)=>Array.from({length:10},(_,p)=> a===p? 970+a : (a+p)%7===0? 5 : (a*p)%11===1 ? 1 : 0));
const cfg = { architecture: "default", epochs: 5, batchSize: 128, learningRate: 0.001, augment: true, trainLimit: null, seed: 42 };
const model = { id: "m1", name: "default-2026-11-24-s42", architecture: "default", parameterCount: 120394, testAccuracy: 0.9921, createdAt: "2026-11-24T05:00:00.000Z", active: true, trainingRun: { id: "1" } };
const model2 = { ...model, id: "m2", name: "reference-2026-11-24-s7", architecture: "reference", parameterCount: 693962, testAccuracy: 0.962, active: false, trainingRun: { id: "2" } };
const run1 = { id: "1", status: "SUCCEEDED", config: cfg, backend: "wasm", progress: 1, epochs, testAccuracy: 0.9921, testLoss: 0.0254, confusionMatrix: cm, perClass: Array.from({length:10},(_,d)=>({digit:d, precision: 0.98+d*0.001, recall: 0.975+((d*3)%10)*0.002, support: 1000})), createdAt: "2026-11-24T05:00:00.000Z", startedAt: "2026-11-24T05:00:01.000Z", finishedAt: "2026-11-24T05:03:01.000Z", durationMs: 180000, error: null, model };
const run2 = { ...run1, id: "2", config: { ...cfg, architecture: "reference", trainLimit: 5000, epochs: 2 }, testAccuracy: 0.962, model: model2 };
const run3 = { ...run1, id: "3", status: "RUNNING", progress: 0.42, epochs: epochs.slice(0,2), testAccuracy: null, testLoss: null, confusionMatrix: null, perClass: null, finishedAt: null, durationMs: null, model: null };
const run4 = { ...run3, id: "4", status: "FAILED", progress: 0.2, error: "Out of memory" };
const runs = [run4, run3, run2, run1];
const root = {
  viewer: () => ({ kind: "ADMIN", isAdmin: true }),
  models: () => [model, model2],
  activeModel: () => model,
  trainingRuns: () => ({ edges: runs.map((n) => ({ cursor: n.id, node: n })), pageInfo: { hasNextPage: false, endCursor: "1" }, totalCount: runs.length }),
  trainingRun: ({ id }: { id: string }) => runs.find((r) => r.id === id) ?? null,
  predictions: () => ({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 }),
};
createServer(async (req, res) => {
  if (req.url === "/healthz") { res.end("{}"); return; }
  let body = ""; for await (const c of req) body += c;
  const { query, variables } = JSON.parse(body);
  const result = await graphql({ schema, source: query, variableValues: variables, rootValue: root });
  res.setHeader("content-type", "application/json"); res.end(JSON.stringify(result));
}).listen(4600, "127.0.0.1");
