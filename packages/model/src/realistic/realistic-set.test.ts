import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { loadMnist } from "../data/mnist.js";
import { generateRealisticSet, type RealisticSample } from "./realistic-set.js";
import { skeletonize } from "./skeleton.js";
import { DIGIT_STYLES, NON_DIGIT_KINDS, digitStyleSequence } from "./styles.js";

const { test } = await loadMnist(undefined, ["test"]);

async function collect(options: Parameters<typeof generateRealisticSet>[0]): Promise<RealisticSample[]> {
  const samples: RealisticSample[] = [];
  for await (const sample of generateRealisticSet({ test, maxSide: 600, ...options })) samples.push(sample);
  return samples;
}

describe("realistic set", () => {
  it("interleaves every style within the first 11 digits", () => {
    expect(new Set(digitStyleSequence(11))).toEqual(new Set(DIGIT_STYLES));
  });

  it("is deterministic, and sample i does not depend on how many are asked for", async () => {
    const first = await collect({ count: 6, nonDigitCount: 2, seed: 5 });
    const again = await collect({ count: 3, nonDigitCount: 1, seed: 5 });
    expect(again.map((s) => s.bytes)).toEqual([...first.slice(0, 3), first[6]].map((s) => s!.bytes));
    const other = await collect({ count: 3, nonDigitCount: 0, seed: 6 });
    expect(other[0]!.bytes.equals(first[0]!.bytes)).toBe(false);
  });

  it("writes real files of the announced format and size, labelled with their MNIST source", async () => {
    const samples = await collect({ count: 11, nonDigitCount: NON_DIGIT_KINDS.length, seed: 1 });
    for (const sample of samples) {
      const metadata = await sharp(sample.bytes).metadata();
      const format = { jpg: "jpeg", png: "png", webp: "webp" }[sample.extension];
      expect(metadata.format, sample.id).toBe(format);
      expect(metadata.autoOrient, sample.id).toEqual({ width: sample.width, height: sample.height });
      if (sample.kind === "digit") expect(sample.label).toBe(test.labels[sample.mnistIndex!]);
    }
    expect(samples.filter((s) => s.kind === "non-digit").map((s) => s.style)).toEqual([...NON_DIGIT_KINDS]);
  });

  it("stores EXIF-style samples turned, so that applying the orientation makes them upright", async () => {
    const exif = (await collect({ count: 11, nonDigitCount: 0, seed: 3 })).find((sample) => sample.style === "exif")!;
    const metadata = await sharp(exif.bytes).metadata();
    expect([3, 6, 8]).toContain(metadata.orientation);
    if (metadata.orientation !== 3) expect([metadata.width, metadata.height]).toEqual([exif.height, exif.width]);
  });
});

describe("skeletonize", () => {
  it("thins a 5-pixel bar to a one-pixel line", () => {
    const width = 30;
    const mask = new Uint8Array(width * 9);
    for (let y = 2; y < 7; y++) for (let x = 3; x < 27; x++) mask[y * width + x] = 1;
    const thin = skeletonize(mask, width, 9);
    for (let x = 6; x < 24; x++) expect([0, 1, 2, 3, 4, 5, 6, 7, 8].filter((y) => thin[y * width + x]).length).toBe(1);
  });
});
