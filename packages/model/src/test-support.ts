import { loadMnist, type DigitSet } from "./data/mnist.js";
import { firstSamples } from "./data/batches.js";

/** The first `count` samples of a split of the committed MNIST copy: small, real, deterministic fixtures. */
export async function mnistSample(split: "train" | "test", count: number): Promise<DigitSet> {
  const data = await loadMnist(undefined, [split]);
  return firstSamples(data[split], count);
}

export function toInputs(set: DigitSet): Float32Array {
  return Float32Array.from(set.images, (v) => v / 255);
}
