import { createHash } from "node:crypto";
import { IMAGE_PIXELS } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { DigitModelError } from "../errors.js";

/** A prediction confirmed or corrected by its user: the 28x28 input the model saw and the right digit. */
export interface FeedbackSample {
  id: string;
  label: number;
  /** 784 bytes, white ink (255) on black, as MNIST. */
  pixels: Uint8Array;
  /** Set by an admin for a bad label: never trained on, never measured on. */
  excluded: boolean;
}

/** Share of the feedback (chosen by sample id) kept out of training to measure models on. */
export const FEEDBACK_HOLDOUT_SHARE = 0.2;

/** Target share of each training epoch made of feedback copies (augmented differently each time). */
export const FEEDBACK_EPOCH_SHARE = 0.15;
/** At most this many copies of one sample per epoch, so a few samples cannot dominate. */
export const MAX_FEEDBACK_REPEATS = 16;

/**
 * Whether a sample belongs to the holdout: a fixed function of its id (SHA-256), so the same sample
 * is held out by every run, every worker and every export, whatever else is in the dataset.
 */
export function isHoldoutSample(id: string, share: number = FEEDBACK_HOLDOUT_SHARE): boolean {
  const digest = createHash("sha256").update(id).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < share;
}

export interface FeedbackSplit {
  /** Not excluded, not held out: what training may use. */
  train: DigitSet;
  trainIds: string[];
  /** Not excluded, held out: what models are compared on. */
  holdout: DigitSet;
  holdoutIds: string[];
  excluded: number;
}

function toSet(samples: FeedbackSample[]): DigitSet {
  const images = new Uint8Array(samples.length * IMAGE_PIXELS);
  const labels = new Uint8Array(samples.length);
  samples.forEach((sample, i) => {
    if (sample.pixels.length !== IMAGE_PIXELS)
      throw new DigitModelError("INVALID_INPUT", `feedback sample ${sample.id} has ${sample.pixels.length} pixels, not ${IMAGE_PIXELS}`);
    if (!Number.isInteger(sample.label) || sample.label < 0 || sample.label > 9)
      throw new DigitModelError("INVALID_INPUT", `feedback sample ${sample.id} has label ${sample.label}, not a digit 0-9`);
    images.set(sample.pixels, i * IMAGE_PIXELS);
    labels[i] = sample.label;
  });
  return { count: samples.length, images, labels };
}

/** Drops excluded samples and splits the rest into training and holdout by id. */
export function splitFeedback(samples: readonly FeedbackSample[], holdoutShare: number = FEEDBACK_HOLDOUT_SHARE): FeedbackSplit {
  const kept = samples.filter((sample) => !sample.excluded);
  const train = kept.filter((sample) => !isHoldoutSample(sample.id, holdoutShare));
  const holdout = kept.filter((sample) => isHoldoutSample(sample.id, holdoutShare));
  return {
    train: toSet(train),
    trainIds: train.map((sample) => sample.id),
    holdout: toSet(holdout),
    holdoutIds: holdout.map((sample) => sample.id),
    excluded: samples.length - kept.length,
  };
}

/** How many copies of each feedback sample an epoch of `baseCount` other samples gets. */
export function feedbackRepeats(baseCount: number, feedbackCount: number): number {
  if (feedbackCount === 0) return 0;
  const wanted = (FEEDBACK_EPOCH_SHARE / (1 - FEEDBACK_EPOCH_SHARE)) * baseCount / feedbackCount;
  return Math.max(1, Math.min(MAX_FEEDBACK_REPEATS, Math.round(wanted)));
}

/**
 * An epoch's samples: `base` (MNIST's training split and its renders) followed by the feedback's
 * training part, oversampled; the feedback given must be splitFeedback's `train`, never its holdout.
 */
export function withFeedback(base: DigitSet, feedback: DigitSet | undefined): DigitSet {
  if (!feedback || feedback.count === 0) return base;
  const extra = oversampleFeedback(feedback, feedbackRepeats(base.count, feedback.count));
  const images = new Uint8Array((base.count + extra.count) * IMAGE_PIXELS);
  images.set(base.images.subarray(0, base.count * IMAGE_PIXELS));
  images.set(extra.images, base.count * IMAGE_PIXELS);
  const labels = new Uint8Array(base.count + extra.count);
  labels.set(base.labels.subarray(0, base.count));
  labels.set(extra.labels, base.count);
  return { count: base.count + extra.count, images, labels };
}

/** The training samples of `split`, each repeated `repeats` times (augmentation makes each copy differ). */
export function oversampleFeedback(train: DigitSet, repeats: number): DigitSet {
  const count = train.count * repeats;
  const images = new Uint8Array(count * IMAGE_PIXELS);
  const labels = new Uint8Array(count);
  for (let r = 0; r < repeats; r++) {
    images.set(train.images.subarray(0, train.count * IMAGE_PIXELS), r * train.count * IMAGE_PIXELS);
    labels.set(train.labels.subarray(0, train.count), r * train.count);
  }
  return { count, images, labels };
}
