import * as tf from "@tensorflow/tfjs";
import { beforeAll, describe, expect, it } from "vitest";
import { initBackend } from "../backend.js";

// Each registered wasm kernel must agree with the reference cpu backend.
async function onBackend<T extends tf.Tensor>(name: string, run: () => T): Promise<Float32Array> {
  await tf.setBackend(name);
  const out = run();
  const values = (await out.data()) as Float32Array;
  out.dispose();
  return values;
}

function seeded(shape: number[], seed: number): tf.Tensor {
  return tf.randomUniform(shape, -1, 1, "float32", seed);
}

function expectClose(actual: Float32Array, expected: Float32Array): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i++) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThan(1e-4);
}

beforeAll(async () => {
  await initBackend("wasm");
  await initBackend("cpu");
});

type Pad = "valid" | "same";
const convCases: Array<{ x: number[]; f: number[]; stride: number; pad: Pad }> = [
  { x: [2, 8, 8, 3], f: [3, 3, 3, 4], stride: 1, pad: "valid" },
  { x: [2, 8, 8, 3], f: [3, 3, 3, 4], stride: 1, pad: "same" },
  { x: [3, 9, 7, 2], f: [5, 5, 2, 3], stride: 2, pad: "same" },
  { x: [3, 9, 7, 2], f: [3, 2, 2, 5], stride: 2, pad: "valid" },
  { x: [1, 28, 28, 1], f: [3, 3, 1, 8], stride: 1, pad: "valid" },
  { x: [4, 12, 12, 8], f: [3, 3, 8, 6], stride: 3, pad: "same" },
];

describe("Conv2DBackpropFilter on wasm", () => {
  it.each(convCases)("matches cpu for x=$x f=$f stride=$stride pad=$pad", async ({ x, f, stride, pad }) => {
    const run = () => {
      const input = seeded(x, 1) as tf.Tensor4D;
      const probe = tf.conv2d(input, seeded(f, 2) as tf.Tensor4D, stride, pad);
      const dy = seeded(probe.shape, 3) as tf.Tensor4D;
      // d/dW of sum(conv(x, W) * dy) is exactly Conv2DBackpropFilter(x, dy).
      return tf.grad((w: tf.Tensor) => tf.sum(tf.mul(tf.conv2d(input, w as tf.Tensor4D, stride, pad), dy)))(
        seeded(f, 2),
      );
    };
    expectClose(await onBackend("wasm", run), await onBackend("cpu", run));
  });
});

describe("Conv2DBackpropInput on wasm", () => {
  it.each(convCases)("matches cpu for x=$x f=$f stride=$stride pad=$pad", async ({ x, f, stride, pad }) => {
    const run = () => {
      const filter = seeded(f, 2) as tf.Tensor4D;
      const probe = tf.conv2d(seeded(x, 1) as tf.Tensor4D, filter, stride, pad);
      const dy = seeded(probe.shape, 3) as tf.Tensor4D;
      return tf.conv2dTranspose(dy, filter, x as [number, number, number, number], stride, pad);
    };
    expectClose(await onBackend("wasm", run), await onBackend("cpu", run));
  });
});

describe("MaxPoolGrad on wasm", () => {
  const poolCases: Array<{ x: number[]; size: number; stride: number; pad: Pad; relu: boolean }> = [
    { x: [2, 8, 8, 3], size: 2, stride: 2, pad: "valid", relu: false },
    { x: [2, 8, 8, 3], size: 2, stride: 2, pad: "valid", relu: true },
    { x: [1, 9, 9, 2], size: 3, stride: 3, pad: "same", relu: true },
    { x: [2, 7, 7, 4], size: 2, stride: 2, pad: "valid", relu: false },
    { x: [2, 8, 6, 2], size: 3, stride: 1, pad: "same", relu: false },
  ];
  it.each(poolCases)("matches cpu for x=$x size=$size stride=$stride pad=$pad relu=$relu", async (c) => {
    const run = () =>
      tf.tidy(() => {
        // relu makes ties (many equal zeros per window), which must route to the first maximum.
        const raw = seeded(c.x, 5);
        const input = c.relu ? tf.relu(raw) : raw;
        return tf.grad((v: tf.Tensor) => tf.sum(tf.mul(tf.maxPool(v as tf.Tensor4D, c.size, c.stride, c.pad), 1.5)))(input);
      });
    expectClose(await onBackend("wasm", run), await onBackend("cpu", run));
  });
});

describe("conv layer gradients end to end", () => {
  it("match cpu for a conv-relu-pool stack", async () => {
    const run = () =>
      tf.tidy(() => {
        const x = seeded([4, 10, 10, 2], 7) as tf.Tensor4D;
        const w = seeded([3, 3, 2, 4], 8) as tf.Tensor4D;
        const loss = (filter: tf.Tensor) =>
          tf.sum(tf.square(tf.maxPool(tf.relu(tf.conv2d(x, filter as tf.Tensor4D, 1, "same")), 2, 2, "valid")));
        return tf.grad(loss)(w);
      });
    expectClose(await onBackend("wasm", run), await onBackend("cpu", run));
  });
});

describe("BatchMatMul on wasm", () => {
  const cases = [
    { a: [5, 7], b: [7, 3], ta: false, tb: false },
    { a: [7, 5], b: [7, 3], ta: true, tb: false },
    { a: [5, 7], b: [3, 7], ta: false, tb: true },
    { a: [2, 7, 5], b: [2, 3, 7], ta: true, tb: true },
  ];
  it.each(cases)("matches cpu for a=$a b=$b transposeA=$ta transposeB=$tb", async ({ a, b, ta, tb }) => {
    const run = () => tf.matMul(seeded(a, 11), seeded(b, 12), ta, tb);
    expectClose(await onBackend("wasm", run), await onBackend("cpu", run));
  });
});
