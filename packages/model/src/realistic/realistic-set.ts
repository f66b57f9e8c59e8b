import { loadMnist, type DigitSet } from "../data/mnist.js";
import { createRandom, shuffleInPlace } from "../random.js";
import { renderDigitSample } from "./render-digit-sample.js";
import { renderNonDigitSample } from "./render-non-digit-sample.js";
import { NO_LIMITS, type RenderLimits } from "./sampling.js";
import { NON_DIGIT_KINDS, digitStyleSequence, type DigitStyle, type NonDigitKind } from "./styles.js";

export interface RealisticSample {
  /** Stable name, e.g. "digit-0007-photo-blue" or "none-0003-specks". */
  id: string;
  kind: "digit" | "non-digit";
  style: DigitStyle | NonDigitKind;
  /** The digit drawn, or null for non-digit images. */
  label: number | null;
  /** Index of the source digit in the MNIST test set. */
  mnistIndex: number | null;
  /** The source MNIST digit (784 bytes, white on black), for comparing the preprocessed result. */
  mnistDigit: Uint8Array | null;
  bytes: Buffer;
  extension: string;
  width: number;
  height: number;
}

export interface RealisticSetOptions {
  count?: number;
  nonDigitCount?: number;
  seed?: number;
  /** Directory with the MNIST files; the repository copy by default. */
  mnistDir?: string;
  /** Already-loaded MNIST test split, to skip loading it again. */
  test?: DigitSet;
  /** Cap on every image's long side, for a compact set such as test fixtures. */
  maxSide?: number;
}

export const DEFAULT_REALISTIC_COUNT = 2000;
export const DEFAULT_NON_DIGIT_COUNT = 300;
export const DEFAULT_REALISTIC_SEED = 20240611;

// Each sample draws from its own stream, so sample i is the same whatever count is asked for.
function sampleRandom(seed: number, stream: number, index: number): () => number {
  return createRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ Math.imul(stream, 0xc2b2ae35)) >>> 0);
}

export function sampleCounts(options: RealisticSetOptions): { count: number; nonDigitCount: number; seed: number } {
  const count = options.count ?? DEFAULT_REALISTIC_COUNT;
  const nonDigitCount = options.nonDigitCount ?? DEFAULT_NON_DIGIT_COUNT;
  for (const [name, value] of [["count", count], ["nonDigitCount", nonDigitCount]] as const) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  return { count, nonDigitCount, seed: options.seed ?? DEFAULT_REALISTIC_SEED };
}

/**
 * The seeded realistic set: `count` MNIST test digits drawn as uploads (styles interleaved in
 * fixed proportions) followed by `nonDigitCount` images with no digit. Deterministic for a seed.
 */
export async function* generateRealisticSet(options: RealisticSetOptions = {}): AsyncGenerator<RealisticSample> {
  const { count, nonDigitCount, seed } = sampleCounts(options);
  const test = options.test ?? (count > 0 ? (await loadMnist(options.mnistDir, ["test"])).test : undefined);
  if (count > 0 && (!test || test.count === 0)) throw new RangeError("the MNIST test split is empty");
  const order = Array.from({ length: test?.count ?? 0 }, (_, i) => i);
  shuffleInPlace(order, createRandom(seed));
  const styles = digitStyleSequence(count);
  const limits: RenderLimits = options.maxSide ? { maxSide: options.maxSide } : NO_LIMITS;
  for (let i = 0; i < count; i++) {
    const mnistIndex = order[i % order.length]!;
    const digit = test!.images.subarray(mnistIndex * 784, (mnistIndex + 1) * 784);
    const label = test!.labels[mnistIndex]!;
    const style = styles[i]!;
    const image = await renderDigitSample(digit, style, sampleRandom(seed, 1, i), limits);
    const id = `digit-${String(i).padStart(4, "0")}-${style}`;
    yield { id, kind: "digit", style, label, mnistIndex, mnistDigit: digit, ...image };
  }
  for (let i = 0; i < nonDigitCount; i++) {
    const kind = NON_DIGIT_KINDS[i % NON_DIGIT_KINDS.length]!;
    const image = await renderNonDigitSample(kind, sampleRandom(seed, 2, i), limits);
    const id = `none-${String(i).padStart(4, "0")}-${kind}`;
    yield { id, kind: "non-digit", style: kind, label: null, mnistIndex: null, mnistDigit: null, ...image };
  }
}
