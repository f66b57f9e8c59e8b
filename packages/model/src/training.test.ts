import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initBackend } from "./backend.js";
import { TrainingCancelledError } from "./errors.js";
import { evaluateModel } from "./evaluation.js";
import type { TrainingConfig } from "./model-store.js";
import { mnistSample } from "./test-support.js";
import { DEFAULT_TRAINING_CONFIG, trainModel, validateTrainingConfig } from "./training.js";
import type { DigitSet } from "./data/mnist.js";

// MNIST alone: rendering handwriting samples is tested with the default configuration below.
const small: TrainingConfig = {
  ...DEFAULT_TRAINING_CONFIG,
  architecture: "reference",
  epochs: 2,
  batchSize: 64,
  augment: false,
  handwritingSamples: 0,
  seed: 7,
};
let train: DigitSet;
let test: DigitSet;

beforeAll(async () => {
  await initBackend("wasm");
  train = await mnistSample("train", 3000);
  test = await mnistSample("test", 1000);
});

describe("trainModel", () => {
  it("learns MNIST from 3000 samples well above chance on held-out test digits", async () => {
    const epochs: number[] = [];
    const result = await trainModel({ config: small, train, onEpochEnd: (m) => void epochs.push(m.epoch) });
    expect(epochs).toEqual([1, 2]);
    expect(result.history[1]!.loss).toBeLessThan(result.history[0]!.loss);
    expect(result.history[1]!.valAccuracy).toBeGreaterThan(0.85);
    expect(evaluateModel(result.model, test).accuracy).toBeGreaterThan(0.88);
  });

  it("is reproducible for a seed", async () => {
    const config = { ...small, epochs: 1, trainLimit: 600 };
    const a = await trainModel({ config, train });
    const b = await trainModel({ config, train });
    expect(a.history[0]!.loss).toBeCloseTo(b.history[0]!.loss, 4);
    expect(a.history[0]!.valAccuracy).toBe(b.history[0]!.valAccuracy);
  });

  it("trains the default architecture with augmentation", async () => {
    const result = await trainModel({
      config: { ...DEFAULT_TRAINING_CONFIG, epochs: 1, trainLimit: 1200 },
      train,
    });
    expect(result.history[0]!.valAccuracy).toBeGreaterThan(0.3);
  });

  it("stops within a batch when cancelled", async () => {
    const controller = new AbortController();
    let batches = 0;
    const run = trainModel({
      config: { ...small, epochs: 3 },
      train,
      signal: controller.signal,
      onBatchEnd: () => {
        batches++;
        if (batches === 5) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(TrainingCancelledError);
    expect(batches).toBe(5);
  });

  it("resumes from the checkpoint of an interrupted run", async () => {
    const checkpointDir = join(await mkdtemp(join(tmpdir(), "ckpt-")), "checkpoint");
    const config = { ...small, epochs: 2, trainLimit: 1000 };
    const controller = new AbortController();
    const first = trainModel({
      config,
      train,
      checkpointDir,
      signal: controller.signal,
      onEpochEnd: () => controller.abort(),
    });
    await expect(first).rejects.toBeInstanceOf(TrainingCancelledError);
    const resumed = await trainModel({ config, train, checkpointDir, resume: true });
    expect(resumed.resumedFromEpoch).toBe(1);
    expect(resumed.history.map((m) => m.epoch)).toEqual([1, 2]);
    const uninterrupted = await trainModel({ config, train });
    expect(resumed.history[1]!.loss).toBeCloseTo(uninterrupted.history[1]!.loss, 3);
  });

  it("rejects invalid configs naming the value", () => {
    expect(() => validateTrainingConfig({ ...small, epochs: 0 })).toThrow(/epochs 0/);
    expect(() => validateTrainingConfig({ ...small, learningRate: -1 })).toThrow(/learningRate -1/);
    expect(() => validateTrainingConfig({ ...small, testLimit: 99 })).toThrow(
      /testLimit 99 \(100\.\.10000\)/,
    );
  });
});
