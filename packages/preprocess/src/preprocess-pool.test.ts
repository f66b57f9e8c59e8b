import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FOUR, SEVEN, cosine, digitPng } from "../test/synthetic-images.js";
import sharp from "sharp";
import { PreprocessError, createPreprocessPool, normalizeDigitImage, segmentNumber } from "./index.js";
import { warmUpDrawing } from "./warm-up-drawing.js";

const CRAFTED = join(import.meta.dirname, "../test/fixtures/crafted");
const canvas = { width: 280, height: 280, ink: "#000", background: "#fff", strokeWidth: 20, frame: { x: 60, y: 40, size: 190 } };

describe("createPreprocessPool", () => {
  const pool = createPreprocessPool({ threads: 2, defaults: { thumbnailSide: 64 } });
  afterAll(() => pool.close());

  it("returns what normalizeDigitImage returns in-process, thumbnail included", async () => {
    const bytes = await readFile(join(CRAFTED, "seven-photo-exif6.jpg"));
    const [threaded, local] = await Promise.all([pool.normalize(bytes), normalizeDigitImage(bytes, { thumbnailSide: 64 })]);
    expect(Array.from(threaded.input)).toEqual(Array.from(local.input));
    expect(Buffer.isBuffer(threaded.png)).toBe(true);
    expect(threaded.png.equals(local.png)).toBe(true);
    expect(threaded.info).toEqual(local.info);
    expect(threaded.thumbnail).toMatchObject({ width: 64, height: 48 });
  });

  it("gives every concurrent caller its own image's result", async () => {
    const [seven, four] = await Promise.all([digitPng(SEVEN, canvas), digitPng(FOUR, canvas)]);
    const [sevenAlone, fourAlone] = await Promise.all([normalizeDigitImage(seven), normalizeDigitImage(four)]);
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => pool.normalize(index % 2 ? four : seven)));
    results.forEach((result, index) => {
      expect(cosine(result.input, (index % 2 ? fourAlone : sevenAlone).input)).toBeGreaterThan(0.999);
    });
  });

  it("segments a number on a thread as segmentNumber does in-process, with a thumbnail when asked", async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><rect width="100%" height="100%" fill="#fff"/>${[SEVEN, FOUR]
      .map((path, i) => `<g transform="translate(${60 + i * 160} 50)"><path d="${path}" fill="none" stroke="#111" stroke-width="12" stroke-linecap="round"/></g>`)
      .join("")}</svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const [threaded, local] = await Promise.all([pool.segmentNumber(png, { thumbnailSide: 100 }), segmentNumber(png)]);
    expect(threaded.groupCount).toBe(2);
    expect(threaded.spans.map((span) => [span.from, span.to])).toEqual(local.spans.map((span) => [span.from, span.to]));
    expect(Array.from(threaded.spans[0]!.readings[0]![0]!.input)).toEqual(Array.from(local.spans[0]!.readings[0]![0]!.input));
    expect(threaded.thumbnail).toMatchObject({ width: 100, height: 50 });
    const many = `<svg xmlns="http://www.w3.org/2000/svg" width="820" height="140"><rect width="100%" height="100%" fill="#fff"/>${Array.from(
      { length: 13 },
      (_, i) => `<g transform="translate(${10 + i * 60} 30) scale(0.8)"><path d="M 45 12 L 60 5 L 60 95" fill="none" stroke="#111" stroke-width="15" stroke-linecap="round" stroke-linejoin="round"/></g>`,
    ).join("")}</svg>`;
    await expect(pool.segmentNumber(await sharp(Buffer.from(many)).png().toBuffer())).rejects.toMatchObject({ code: "TOO_MANY_DIGITS" });
  });

  it("lays out a number's cuts only for the spans a reader asked for, as segmentNumber would lazily", async () => {
    // Two touching zeros: one group wide enough to be cut.
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="280"><rect width="100%" height="100%" fill="#fff"/><path d="M150 40 C 70 40 70 240 150 240 C 230 240 230 40 150 40 Z M270 40 C 190 40 190 240 270 240 C 350 240 350 40 270 40 Z" fill="none" stroke="#111" stroke-width="18"/></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const local = await segmentNumber(png);
    const wide = local.spans.findIndex((span) => span.cutReadings !== undefined);
    expect(wide).toBeGreaterThanOrEqual(0);
    const expected = local.spans[wide]!.cutReadings!();
    expect(expected.length).toBeGreaterThan(0);

    const first = await pool.segmentNumber(png);
    expect(first.cutsAskedFor).toEqual([]);
    expect(first.spans[wide]!.cutReadings!()).toEqual([]);
    expect(first.cutsAskedFor).toEqual([wide]);

    const second = await pool.segmentNumber(png, {}, { cutsFor: first.cutsAskedFor });
    const cuts = second.spans[wide]!.cutReadings!();
    expect(cuts.map((way) => way.map((piece) => piece.box))).toEqual(expected.map((way) => way.map((piece) => piece.box)));
    expect(Array.from(cuts[0]![0]!.input)).toEqual(Array.from(expected[0]![0]!.input));
    expect(second.cutsAskedFor).toEqual([]);
  });

  it("rebuilds refusals as PreprocessError with their code and message", async () => {
    const error = await pool.normalize(await readFile(join(CRAFTED, "blank-white.png"))).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PreprocessError);
    expect(error).toMatchObject({ code: "NO_DIGIT_FOUND", message: expect.stringMatching(/blank/) });
    await expect(pool.normalize(await readFile(join(CRAFTED, "digit.svg")))).rejects.toMatchObject({ code: "UNSUPPORTED_IMAGE_FORMAT" });
  });

  it("checks options in the caller's thread", async () => {
    expect(() => createPreprocessPool({ threads: 0 })).toThrow(/threads must be a positive integer, got 0/);
    await expect(pool.normalize(new Uint8Array(1), { workingSize: 10 })).rejects.toThrow(RangeError);
  });
});

describe("warming a pool up", () => {
  it("runs its built-in drawing, which is a digit, through the threads", async () => {
    const pool = createPreprocessPool({ threads: 1 });
    try {
      await pool.warmUp(2);
      const drawing = await normalizeDigitImage(warmUpDrawing());
      const seven = await normalizeDigitImage(await digitPng(SEVEN, canvas));
      expect(cosine(drawing.input, seven.input)).toBeGreaterThan(0.8);
    } finally {
      await pool.close();
    }
  });
});
