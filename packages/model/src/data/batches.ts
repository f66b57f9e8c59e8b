import { type Random, createRandom, shuffleInPlace } from "../random.js";
import { createAugmenter } from "./augment.js";
import { CLASS_COUNT, IMAGE_PIXELS } from "./idx.js";
import type { DigitSet } from "./mnist.js";

export interface TrainValidationSplit {
  train: DigitSet;
  validation: DigitSet;
}

function subset(set: DigitSet, indices: Uint32Array): DigitSet {
  const images = new Uint8Array(indices.length * IMAGE_PIXELS);
  const labels = new Uint8Array(indices.length);
  indices.forEach((source, i) => {
    images.set(set.images.subarray(source * IMAGE_PIXELS, (source + 1) * IMAGE_PIXELS), i * IMAGE_PIXELS);
    labels[i] = set.labels[source]!;
  });
  return { count: indices.length, images, labels };
}

/** The first `count` samples of a set (all of them when it has fewer), sharing its buffers. */
export function firstSamples(set: DigitSet, count: number): DigitSet {
  const kept = Math.min(count, set.count);
  return { count: kept, images: set.images.subarray(0, kept * IMAGE_PIXELS), labels: set.labels.subarray(0, kept) };
}

/** Seeded split of the first `limit` samples into train and validation sets. */
export function splitTrainValidation(set: DigitSet, options: { seed: number; validationFraction: number; limit?: number }): TrainValidationSplit {
  const count = Math.min(options.limit ?? set.count, set.count);
  const indices = new Uint32Array(count).map((_, i) => i);
  shuffleInPlace(indices, createRandom(options.seed ^ 0x5eed));
  const validationCount = Math.round(count * options.validationFraction);
  return {
    validation: subset(set, indices.subarray(0, validationCount)),
    train: subset(set, indices.subarray(validationCount)),
  };
}

export interface Batch {
  /** size * 784 values in 0..1. */
  images: Float32Array;
  /** size * classes target probabilities (one-hot, or smoothed). */
  labels: Float32Array;
  size: number;
}

/** The model's output count (10, or 11 with "not a digit") and the label smoothing of the targets. */
export interface LabelTargets {
  classes: number;
  smoothing: number;
}

/** The samples of `a` followed by those of `b`. */
export function concatSets(a: DigitSet, b: DigitSet): DigitSet {
  const images = new Uint8Array((a.count + b.count) * IMAGE_PIXELS);
  images.set(a.images.subarray(0, a.count * IMAGE_PIXELS));
  images.set(b.images.subarray(0, b.count * IMAGE_PIXELS), a.count * IMAGE_PIXELS);
  const labels = new Uint8Array(a.count + b.count);
  labels.set(a.labels.subarray(0, a.count));
  labels.set(b.labels.subarray(0, b.count), a.count);
  return { count: a.count + b.count, images, labels };
}

/** Copies (optionally augmenting) the given samples into model-ready arrays. */
export function makeBatch(
  set: DigitSet,
  indices: ArrayLike<number>,
  augment?: ReturnType<typeof createAugmenter>,
  targets: LabelTargets = { classes: CLASS_COUNT, smoothing: 0 },
): Batch {
  const size = indices.length;
  const { classes, smoothing } = targets;
  const images = new Float32Array(size * IMAGE_PIXELS);
  const labels = new Float32Array(size * classes).fill(smoothing / classes);
  for (let i = 0; i < size; i++) {
    const source = indices[i]!;
    if (augment) {
      augment(set.images, source * IMAGE_PIXELS, images, i * IMAGE_PIXELS);
    } else {
      for (let p = 0; p < IMAGE_PIXELS; p++) images[i * IMAGE_PIXELS + p] = set.images[source * IMAGE_PIXELS + p]! / 255;
    }
    labels[i * classes + set.labels[source]!] = 1 - smoothing + smoothing / classes;
  }
  return { images, labels, size };
}

/** One epoch of shuffled batches; the order depends only on the random stream given. */
export function* epochBatches(set: DigitSet, batchSize: number, random: Random, augment: boolean, targets?: LabelTargets): Generator<Batch> {
  const order = new Uint32Array(set.count).map((_, i) => i);
  shuffleInPlace(order, random);
  const augmenter = augment ? createAugmenter(random) : undefined;
  for (let start = 0; start < set.count; start += batchSize) {
    yield makeBatch(set, order.subarray(start, Math.min(start + batchSize, set.count)), augmenter, targets);
  }
}
