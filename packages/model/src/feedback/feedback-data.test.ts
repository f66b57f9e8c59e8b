import { describe, expect, it } from "vitest";
import { IMAGE_PIXELS } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { FEEDBACK_HOLDOUT_SHARE, MAX_FEEDBACK_REPEATS, feedbackRepeats, isHoldoutSample, oversampleFeedback, splitFeedback, withFeedback, type FeedbackSample } from "./feedback-data.js";

/** A sample whose every pixel is `marker`, so it can be recognised wherever it ends up. */
function sample(index: number, excluded = false): FeedbackSample {
  return { id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`, label: index % 10, pixels: new Uint8Array(IMAGE_PIXELS).fill(1 + (index % 250)), excluded };
}

function markers(set: DigitSet): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < set.count; i++) found.add(set.images[i * IMAGE_PIXELS]!);
  return found;
}

describe("splitFeedback", () => {
  const samples = Array.from({ length: 240 }, (_, i) => sample(i, i % 7 === 3));

  it("holds out a share of about FEEDBACK_HOLDOUT_SHARE, chosen by id alone", () => {
    const split = splitFeedback(samples);
    const kept = samples.filter((s) => !s.excluded).length;
    expect(split.holdout.count / kept).toBeCloseTo(FEEDBACK_HOLDOUT_SHARE, 1);
    // Order and the rest of the dataset do not matter: the same ids are held out.
    const reversed = splitFeedback([...samples].reverse().slice(0, 150));
    for (const id of reversed.holdoutIds) expect(split.holdoutIds).toContain(id);
    for (const id of reversed.trainIds) expect(split.trainIds).toContain(id);
    expect(split.holdoutIds.every((id) => isHoldoutSample(id))).toBe(true);
  });

  it("never puts held-out or excluded samples in the training part", () => {
    const split = splitFeedback(samples);
    const forbidden = samples.filter((s) => s.excluded || isHoldoutSample(s.id));
    expect(forbidden.length).toBeGreaterThan(40);
    for (const s of forbidden) expect(split.trainIds).not.toContain(s.id);
    expect(split.excluded).toBe(samples.filter((s) => s.excluded).length);
    expect(split.train.count + split.holdout.count + split.excluded).toBe(samples.length);
    // The pixels too: every training image is one of the allowed samples'.
    const allowed = new Set(samples.filter((s) => !forbidden.includes(s)).map((s) => s.pixels[0]!));
    for (const marker of markers(split.train)) expect(allowed.has(marker)).toBe(true);
    expect(split.holdoutIds.some((id) => samples.find((s) => s.id === id)!.excluded)).toBe(false);
  });

  it("names a bad sample", () => {
    expect(() => splitFeedback([{ ...sample(1), label: 12 }])).toThrow(/label 12/);
    expect(() => splitFeedback([{ ...sample(1), pixels: new Uint8Array(3) }])).toThrow(/3 pixels/);
  });
});

describe("oversampling", () => {
  it("weights feedback to a bounded share of an epoch", () => {
    expect(feedbackRepeats(10_000, 0)).toBe(0);
    expect(feedbackRepeats(10_000, 100_000)).toBe(1);
    expect(feedbackRepeats(1_000_000, 10)).toBe(MAX_FEEDBACK_REPEATS);
    const repeats = feedbackRepeats(24_000, 400);
    expect((repeats * 400) / (24_000 + repeats * 400)).toBeCloseTo(0.15, 1);
    const set = oversampleFeedback(splitFeedback([sample(1), sample(2)]).train, 3);
    expect(set.count).toBe(3 * splitFeedback([sample(1), sample(2)]).train.count);
  });
});

describe("withFeedback", () => {
  it("appends only the training part of the feedback to an epoch, oversampled", () => {
    const mnist: DigitSet = { count: 2000, images: new Uint8Array(2000 * IMAGE_PIXELS), labels: new Uint8Array(2000) };
    const samples = Array.from({ length: 60 }, (_, i) => sample(i + 1, i % 5 === 0));
    const split = splitFeedback(samples);
    const epoch = withFeedback(mnist, split.train);
    const repeats = feedbackRepeats(mnist.count, split.train.count);
    expect(epoch.count).toBe(mnist.count + repeats * split.train.count);
    const seen = markers(epoch);
    for (const s of samples) {
      const trains = !s.excluded && !isHoldoutSample(s.id);
      expect(seen.has(s.pixels[0]!)).toBe(trains);
    }
    expect(withFeedback(mnist, undefined)).toBe(mnist);
  });
});
