import { layoutInkImage, normalizeDigitImage } from "@digit-lab/preprocess";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { IMAGE_PIXELS, NOT_A_DIGIT } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { createRandom } from "../random.js";
import { mnistSample } from "../test-support.js";
import { HANDWRITING_STYLES, renderDigitInStyle } from "./digit-styles.js";
import { elasticDistort } from "./elastic.js";
import { EVALUATION_FONTS, TRAINING_FONTS, fontGlyph, glyphsFor } from "./hershey.js";
import { enlargeMnist, inkBox, type InkImage } from "./ink-image.js";
import { NON_DIGIT_DRAWINGS, renderNonDigit } from "./negatives.js";
import { createHandwritingSampler } from "./sample-pool.js";
import { generateHandwritingSamples } from "./training-samples.js";

let digits: DigitSet;
beforeAll(async () => {
  digits = await mnistSample("train", 40);
});

function expectInk(image: InkImage): void {
  expect(image.data).toHaveLength(image.width * image.height);
  let ink = 0;
  for (const value of image.data) {
    expect(value).toBeGreaterThanOrEqual(0);
    expect(value).toBeLessThanOrEqual(1 + 1e-6);
    ink += value;
  }
  expect(ink).toBeGreaterThan(10);
}

describe("elastic distortion", () => {
  it("keeps the size and range, moves the ink a little, and depends only on the seed", () => {
    const digit = enlargeMnist(digits.images, 0, 3);
    const a = elasticDistort(digit, 90, 12, createRandom(1));
    expect([a.width, a.height]).toEqual([digit.width, digit.height]);
    expectInk(a);
    expect(elasticDistort(digit, 90, 12, createRandom(1)).data).toEqual(a.data);
    expect(elasticDistort(digit, 90, 12, createRandom(2)).data).not.toEqual(a.data);
    const before = inkBox(digit)!;
    const after = inkBox(a)!;
    // Displacements of a few pixels at this scale, not a different picture.
    expect(Math.abs(after.x - before.x)).toBeLessThan(12);
    expect(Math.abs(after.height - before.height)).toBeLessThan(18);
  });
});

describe("handwriting styles", () => {
  it.each(HANDWRITING_STYLES)("%s: ink in 0..1 at the style's size, deterministic per seed", (style) => {
    for (const settings of ["evaluation", "training"] as const) {
      const image = renderDigitInStyle(style, digits.images, 0, createRandom(7), settings);
      expectInk(image);
      expect(renderDigitInStyle(style, digits.images, 0, createRandom(7), settings).data).toEqual(image.data);
      if (style === "lowres-binary" || style === "stretched") expect(Math.max(image.width, image.height)).toBeLessThanOrEqual(20);
      if (style === "bitmap-32") expect([image.width, image.height]).toEqual([32, 32]);
      if (style === "lowres-binary" || style === "stretched" || style === "bitmap-32") expect(image.data.every((v) => v === 0 || v === 1)).toBe(true);
    }
  });

  it("stretched fills its box both ways; pens draw wider with a marker than a thin pen", () => {
    const stretched = renderDigitInStyle("stretched", digits.images, 3 * IMAGE_PIXELS, createRandom(1), "evaluation"); // a 1
    const box = inkBox(stretched, 0.5)!;
    expect(box.width).toBeGreaterThanOrEqual(stretched.width - 1);
    expect(box.height).toBeGreaterThanOrEqual(stretched.height - 1);
    const mass = (image: InkImage) => image.data.reduce((sum, v) => sum + v, 0) / (inkBox(image)!.height ** 2);
    const thin = renderDigitInStyle("pen-thin", digits.images, 0, createRandom(1), "evaluation");
    const marker = renderDigitInStyle("marker", digits.images, 0, createRandom(1), "evaluation");
    expect(mass(marker)).toBeGreaterThan(3 * mass(thin));
  });
});

describe("non-digit drawings", () => {
  it("training and evaluation draw from disjoint fonts, and no glyph is a digit", () => {
    expect(TRAINING_FONTS.filter((font) => (EVALUATION_FONTS as readonly string[]).includes(font))).toEqual([]);
    expect(glyphsFor("training").length).toBeGreaterThan(300);
    expect(glyphsFor("evaluation").length).toBeGreaterThan(300);
    const drawn = (glyph: unknown) => glyphsFor("training").some((candidate) => JSON.stringify(candidate) === JSON.stringify(glyph));
    // futural's "A" is a non-digit; its 0, O, 1, l, S and q never are.
    expect(drawn(fontGlyph("futural", "A"))).toBe(true);
    for (const character of "0O1lSq") expect(drawn(fontGlyph("futural", character))).toBe(false);
    // An "A" is two slanted strokes and a bar: the lookup lands on the right glyph.
    expect(fontGlyph("futural", "A")).toHaveLength(3);
  });

  it.each(NON_DIGIT_DRAWINGS)("%s: ink in 0..1, deterministic per seed", (kind) => {
    const image = renderNonDigit(kind, createRandom(5), digits, "training");
    expectInk(image);
    expect(renderNonDigit(kind, createRandom(5), digits, "training").data).toEqual(image.data);
  });
});

describe("handwriting samples", () => {
  it("are laid out exactly as an upload of the same ink would be", async () => {
    const ink = renderDigitInStyle("pen-thick", digits.images, 0, createRandom(3), "evaluation");
    const pixels = Buffer.from(ink.data.map((v) => Math.round(255 - 255 * v)));
    const png = await sharp(pixels, { raw: { width: ink.width, height: ink.height, channels: 1 } }).png().toBuffer();
    const uploaded = (await normalizeDigitImage(png)).input;
    const laidOut = layoutInkImage(ink).input;
    let difference = 0;
    for (let i = 0; i < IMAGE_PIXELS; i++) difference += Math.abs(uploaded[i]! - laidOut[i]!);
    // The upload path quantises to 8 bits and estimates paper and noise; the shapes agree.
    expect(difference / IMAGE_PIXELS).toBeLessThan(0.03);
  });

  it("hold the asked share of non-digits, digit labels from their source, and depend only on the seed", () => {
    const set = generateHandwritingSamples({ digits, count: 60, nonDigitShare: 0.5, seed: 9 });
    expect(set.images).toHaveLength(60 * IMAGE_PIXELS);
    const nonDigits = Array.from(set.labels).filter((label) => label === NOT_A_DIGIT).length;
    expect(nonDigits).toBeGreaterThan(15);
    expect(nonDigits).toBeLessThan(45);
    expect(Array.from(set.labels).every((label) => label <= NOT_A_DIGIT)).toBe(true);
    expect(generateHandwritingSamples({ digits, count: 60, nonDigitShare: 0.5, seed: 9 })).toEqual(set);
    const none = generateHandwritingSamples({ digits, count: 20, nonDigitShare: 0, seed: 9 });
    expect(Array.from(none.labels).every((label) => label < NOT_A_DIGIT)).toBe(true);
  });

  it("rendered on threads equal the same shares rendered in one thread", async () => {
    const sampler = createHandwritingSampler(digits, 2);
    try {
      const pooled = await sampler.generate(9, 0.3, 4);
      const first = generateHandwritingSamples({ digits, count: 5, nonDigitShare: 0.3, seed: 4 * 131 });
      const second = generateHandwritingSamples({ digits, count: 4, nonDigitShare: 0.3, seed: 4 * 131 + 1 });
      expect(pooled.images).toEqual(new Uint8Array([...first.images, ...second.images]));
      expect(pooled.labels).toEqual(new Uint8Array([...first.labels, ...second.labels]));
    } finally {
      await sampler.close();
    }
  });
});
