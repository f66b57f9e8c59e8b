import { beforeAll, describe, expect, it } from "vitest";
import { createModel } from "./architectures.js";
import { initBackend } from "./backend.js";
import { predictProbabilities } from "./evaluation.js";
import { Predictor, topK } from "./predictor.js";
import { mnistSample, toInputs } from "./test-support.js";
import type * as tf from "@tensorflow/tfjs";

let model: tf.LayersModel;
let inputs: Float32Array;
const COUNT = 50;

beforeAll(async () => {
  await initBackend("wasm");
  model = createModel("reference");
  inputs = toInputs(await mnistSample("test", COUNT));
});

describe("Predictor", () => {
  it("answers each concurrent caller with its own probabilities, in few batches", async () => {
    const expected = predictProbabilities(model, inputs, COUNT);
    const predictor = new Predictor(model, { maxBatchSize: 16, maxWaitMs: 5 });
    const sizes: number[] = [];
    predictor.onBatch((size) => sizes.push(size));
    const results = await Promise.all(
      Array.from({ length: COUNT }, (_, i) => predictor.predict(inputs.slice(i * 784, (i + 1) * 784))),
    );
    results.forEach((probabilities, i) => {
      const row = expected.subarray(i * 10, (i + 1) * 10);
      probabilities.forEach((p, d) => expect(p).toBeCloseTo(row[d]!, 5));
    });
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(COUNT);
    expect(Math.max(...sizes)).toBe(16);
    expect(sizes.length).toBe(Math.ceil(COUNT / 16));
    await predictor.close();
  });

  it("runs a lone request without waiting for a full batch", async () => {
    const predictor = new Predictor(model, { maxBatchSize: 64, maxWaitMs: 1 });
    const probabilities = await predictor.predict(inputs.slice(0, 784));
    expect(probabilities).toHaveLength(10);
    expect(probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 4);
    expect(predictor.stats).toMatchObject({ batches: 1, predictions: 1 });
  });

  it("rejects inputs of the wrong size and work after close", async () => {
    const predictor = new Predictor(model);
    await expect(predictor.predict(new Float32Array(100))).rejects.toThrow(/100 values, expected 784/);
    await predictor.close();
    await expect(predictor.predict(new Float32Array(784))).rejects.toThrow(/disposed/);
    expect(() => new Predictor(model, { maxBatchSize: 0 })).toThrow(/maxBatchSize/);
  });
});

describe("topK", () => {
  it("orders digits by probability", () => {
    expect(topK([0.1, 0.5, 0.05, 0.35, 0, 0, 0, 0, 0, 0], 2)).toEqual([
      { digit: 1, probability: 0.5 },
      { digit: 3, probability: 0.35 },
    ]);
  });
});
