import { describe, expect, it } from "vitest";
import { TrainingCancelledError } from "../errors.js";
import { DEFAULT_TRAINING_CONFIG } from "../training.js";
import { trainInThread } from "./train-in-thread.js";

const tiny = {
  ...DEFAULT_TRAINING_CONFIG,
  architecture: "reference" as const,
  epochs: 1,
  trainLimit: 500,
  testLimit: 300,
  augment: false,
};

describe("trainInThread", { timeout: 180_000 }, () => {
  it("trains in a worker thread, reporting backend, progress and epochs, and returns the model", async () => {
    const progress: number[] = [];
    const epochs: number[] = [];
    let backend = "";
    const run = trainInThread({
      config: tiny,
      backend: "wasm",
      name: "thread-test",
      onStarted: (b) => (backend = b),
      onProgress: (p) => progress.push(p),
      onEpochEnd: (m) => epochs.push(m.epoch),
    });
    const { artifacts, metadata } = await run.result;
    expect(backend).toBe("wasm");
    expect(epochs).toEqual([1]);
    expect(progress.at(-1)).toBeCloseTo(1, 5);
    expect(metadata).toMatchObject({ name: "thread-test", architecture: "reference", backend: "wasm" });
    const rejected = metadata.test!.rejected!.reduce((a, b) => a + b, 0);
    expect(metadata.test!.confusionMatrix.flat().reduce((a, b) => a + b, 0) + rejected).toBe(300);
    expect(metadata.evaluation?.nonDigits.count).toBe(150);
    expect(artifacts.weights.byteLength).toBe(694_091 * 4);
    expect(JSON.parse(artifacts.modelJson).format).toBe("layers-model");
  });

  it("cancels within a batch", async () => {
    let batches = 0;
    const run = trainInThread({
      // No handwriting to render first: the first batch comes at once.
      config: { ...tiny, trainLimit: 5000, batchSize: 32, handwritingSamples: 0 },
      backend: "wasm",
      onProgress: () => {
        batches++;
        if (batches === 1) run.cancel();
      },
    });
    await expect(run.result).rejects.toBeInstanceOf(TrainingCancelledError);
  });

  it("ends the thread on terminate, leaving no unhandled rejection for a caller that never awaits the result", async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", record);
    try {
      const run = trainInThread({ config: tiny, backend: "wasm" });
      await run.terminate();
      // Rejections are reported unhandled once the microtasks after the exit event have run.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
      await expect(run.result).rejects.toThrow(/training thread exited/);
    } finally {
      process.off("unhandledRejection", record);
    }
  });
});
