import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ARCHITECTURES,
  DEFAULT_ARCHITECTURE,
  assertArchitecture,
  createModel,
  describeArchitectures,
  withOutputs,
} from "./architectures.js";
import { initBackend } from "./backend.js";

beforeAll(async () => {
  await initBackend("wasm");
});

describe("architectures", () => {
  it("describes every architecture with its parameter count; exactly one is the default", async () => {
    const described = await describeArchitectures();
    expect(described.map((a) => [a.name, a.parameterCount])).toEqual([
      // conv 5x5x24 (624) + conv 3x3x24x48 (10,416) + dense 1200x256 (307,456) + dense 256x11 (2,827)
      ["compact", 321_323],
      ["wide", 197_611],
      ["reference", 694_091],
    ]);
    expect(described.filter((a) => a.isDefault).map((a) => a.name)).toEqual([DEFAULT_ARCHITECTURE]);
    for (const a of described) expect(a.description).not.toBe("");
  });

  it.each(ARCHITECTURES)("%s maps a batch of 28x28 images to 10 probabilities each", (name) => {
    const model = createModel(name, 3);
    const output = tf.tidy(() => model.predictOnBatch(tf.randomUniform([5, 28, 28, 1], 0, 1, "float32", 1)) as tf.Tensor);
    expect(output.shape).toEqual([5, 10]);
    const sums = tf.tidy(() => output.sum(1).arraySync() as number[]);
    for (const sum of sums) expect(sum).toBeCloseTo(1, 5);
    output.dispose();
    model.dispose();
  });

  it("gives the same initial weights for the same seed, and other weights for another", () => {
    const weights = (seed: number) => {
      const model = createModel(DEFAULT_ARCHITECTURE, seed);
      const values = model.getWeights()[0]!.dataSync().slice(0, 20);
      model.dispose();
      return Array.from(values);
    };
    expect(weights(5)).toEqual(weights(5));
    expect(weights(5)).not.toEqual(weights(6));
  });

  it("adds a 'not a digit' output to a trained model without changing its answers", () => {
    const model = createModel("compact", 3);
    const widened = withOutputs(model, "compact", 11);
    const [before, after] = tf.tidy(() => {
      const x = tf.randomUniform([4, 28, 28, 1], 0, 1, "float32", 2);
      return [(model.predictOnBatch(x) as tf.Tensor).arraySync() as number[][], (widened.predictOnBatch(x) as tf.Tensor).arraySync() as number[][]];
    });
    after.forEach((row, i) => {
      expect(row).toHaveLength(11);
      const digits = row.slice(0, 10);
      const scale = digits.reduce((a, b) => a + b, 0);
      digits.forEach((p, d) => expect(p / scale).toBeCloseTo(before[i]![d]!, 5));
      expect(row[10]).toBeLessThan(Math.max(...digits));
    });
    expect(() => withOutputs(widened, "compact", 12)).toThrow(/cannot turn a model with 11 outputs into one with 12/);
    model.dispose();
    widened.dispose();
  });

  it("refuses an unknown name, naming it and the known ones", () => {
    expect(() => assertArchitecture("huge")).toThrow(/unknown architecture "huge"; expected one of compact, wide, reference/);
  });
});
