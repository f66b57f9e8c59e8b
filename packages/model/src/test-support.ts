import { loadMnist, type DigitSet } from "./data/mnist.js";
import { IMAGE_PIXELS } from "./data/idx.js";

/** The first `count` samples of a split of the committed MNIST copy: small, real, deterministic fixtures. */
export async function mnistSample(split: "train" | "test", count: number): Promise<DigitSet> {
  const data = await loadMnist(undefined, [split]);
  const set = data[split];
  return { count, images: set.images.slice(0, count * IMAGE_PIXELS), labels: set.labels.slice(0, count) };
}

export function toInputs(set: DigitSet): Float32Array {
  return Float32Array.from(set.images, (v) => v / 255);
}
