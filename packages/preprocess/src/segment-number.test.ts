import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { SEVEN, cosine, digitPng } from "../test/synthetic-images.js";
import { MAX_NUMBER_DIGITS, PreprocessError, normalizeDigitImage, segmentNumber } from "./index.js";
import type { InkSpan, SegmentedNumber } from "./segment-number.js";

// Digits in 100x100 units, as test/synthetic-images.ts draws them.
const ONE = "M 45 12 L 60 5 L 60 95";
const ZERO = "M 50 5 C 15 5 15 95 50 95 C 85 95 85 5 50 5 Z";
const FIVE_BODY = "M 30 22 L 27 50 C 55 38 82 55 76 76 C 70 97 38 98 24 86";
const FIVE_BAR = "M 33 6 L 78 6";

interface Placed {
  path: string;
  x: number;
  y: number;
  size?: number;
}

/** A black-on-white drawing of several digits placed in image pixels (each in a `size`-pixel frame). */
function numberPng(width: number, height: number, digits: Placed[], extra = ""): Promise<Buffer> {
  const groups = digits
    .map(({ path, x, y, size = 100 }) => {
      const scale = size / 100;
      return `<g transform="translate(${x} ${y}) scale(${scale})"><path d="${path}" fill="none" stroke="#111" stroke-width="${12 / scale}" stroke-linecap="round" stroke-linejoin="round"/></g>`;
    })
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#fff"/>${groups}${extra}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Each group's own span (not merged with a neighbour), left to right. */
function groups(number: SegmentedNumber): InkSpan[] {
  return number.spans.filter((span) => span.to - span.from === 1).sort((a, b) => a.from - b.from);
}

async function alone(path: string): Promise<Float32Array> {
  const png = await digitPng(path, {
    width: 200,
    height: 200,
    ink: "#111",
    background: "#fff",
    strokeWidth: 12,
    frame: { x: 50, y: 50, size: 100 },
  });
  return (await normalizeDigitImage(png)).input;
}

describe("segmentNumber", () => {
  it("finds separated digits left to right on a wavy baseline, each laid out as when it is alone", async () => {
    const png = await numberPng(560, 220, [
      { path: SEVEN, x: 160, y: 70 },
      { path: ONE, x: 30, y: 40 },
      { path: ZERO, x: 300, y: 20 },
      { path: FIVE_BODY + FIVE_BAR, x: 430, y: 90 },
    ]);
    const number = await segmentNumber(png);
    expect(number.groupCount).toBe(4);
    const firsts = groups(number).map((group) => group.readings[0]![0]!);
    const lefts = firsts.map((candidate) => candidate.box.x);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    const expected = [ONE, SEVEN, ZERO, FIVE_BODY + FIVE_BAR];
    for (const [i, path] of expected.entries())
      expect(cosine(firsts[i]!.input, await alone(path))).toBeGreaterThan(0.9);
    expect(number.width).toBe(560);
    expect(firsts[0]!.box.x).toBeGreaterThanOrEqual(30);
    expect(firsts[0]!.box.x).toBeLessThan(80);
  });

  it("keeps a 5's detached bar with its digit", async () => {
    const png = await numberPng(360, 200, [
      { path: FIVE_BODY, x: 40, y: 50 },
      { path: FIVE_BAR, x: 40, y: 40 },
      { path: ONE, x: 200, y: 50 },
    ]);
    const number = await segmentNumber(png);
    expect(number.groupCount).toBe(2);
    const five = groups(number)[0]!.readings[0]![0]!;
    expect(five.box.y).toBeLessThan(50);
    expect(cosine(five.input, await alone(FIVE_BODY + "M 33 -4 L 78 -4"))).toBeGreaterThan(0.85);
  });

  it("keeps a 5's bar drawn apart above it and off to the side, but ignores a dash between digits", async () => {
    // The bar ends above the body's top, sharing only its left third's columns with the body.
    const png = await numberPng(
      560,
      220,
      [
        { path: FIVE_BODY, x: 40, y: 70 },
        { path: FIVE_BAR, x: 75, y: 45 },
        { path: ONE, x: 320, y: 70 },
        { path: ZERO, x: 420, y: 70 },
      ],
      `<path d="M 220 125 L 270 125" stroke="#111" stroke-width="12" stroke-linecap="round"/>`,
    );
    const number = await segmentNumber(png);
    expect(number.groupCount).toBe(3);
    const five = groups(number)[0]!.readings[0]![0]!;
    expect(five.box.y).toBeLessThan(60);
    expect(five.box.x + five.box.width).toBeGreaterThan(150);
    expect(number.ignoredMarks).toHaveLength(1);
    expect(number.ignoredMarks[0]!.x).toBeGreaterThan(200);
  });

  it("ignores a dot or a comma between digits", async () => {
    const png = await numberPng(
      420,
      200,
      [
        { path: SEVEN, x: 30, y: 40 },
        { path: ONE, x: 250, y: 40 },
      ],
      `<circle cx="190" cy="135" r="8" fill="#111"/>`,
    );
    const number = await segmentNumber(png);
    expect(number.groupCount).toBe(2);
    expect(number.ignoredMarks).toHaveLength(1);
    expect(number.ignoredMarks[0]!.x).toBeGreaterThan(170);
  });

  it("offers cuts of two touching digits near where they meet", async () => {
    const png = await numberPng(360, 200, [
      { path: ZERO, x: 60, y: 50 },
      { path: ZERO, x: 122, y: 50 },
    ]);
    const number = await segmentNumber(png);
    expect(number.groupCount).toBe(1);
    const [group] = groups(number);
    expect(group!.readings).toHaveLength(1);
    expect(group!.readings[0]).toHaveLength(1);
    const pairs = group!.cutReadings!().filter((reading) => reading.length === 2);
    expect(pairs.length).toBeGreaterThan(0);
    // The strokes meet at x = 142; one of the cuts must pass there, leaving a 0 on either side.
    const zero = await alone(ZERO);
    const atJunction = pairs.filter(
      ([left, right]) =>
        Math.abs(right!.box.x - 142) <= 10 && Math.abs(left!.box.x + left!.box.width - 142) <= 12,
    );
    expect(atJunction.length).toBeGreaterThan(0);
    for (const candidate of atJunction[0]!) expect(cosine(candidate.input, zero)).toBeGreaterThan(0.6);
  });

  it("offers the three digits of a touching chain, cutting at the junctions rather than through a thin tail", async () => {
    // A 2 with a long flat tail that runs into a 0, which touches another 0: the tail's columns hold
    // the least ink of the group, yet both junctions must still be cut.
    const TWO = "M 20 30 C 25 0 80 0 75 35 C 70 60 20 80 15 95 L 110 95";
    const png = await numberPng(420, 200, [
      { path: TWO, x: 40, y: 50 },
      { path: ZERO, x: 100, y: 50 },
      { path: ZERO, x: 162, y: 50 },
    ]);
    const number = await segmentNumber(png);
    expect(number.groupCount).toBe(1);
    const triples = groups(number)[0]!.cutReadings!().filter((reading) => reading.length === 3);
    const zero = await alone(ZERO);
    const right = triples.filter(
      ([, middle, last]) => cosine(middle!.input, zero) > 0.6 && cosine(last!.input, zero) > 0.6,
    );
    expect(right.length).toBeGreaterThan(0);
  });

  it("cuts a long run of touching digits into all of them, with denser cuts when the usual ones cannot", async () => {
    const zeros = Array.from({ length: 8 }, (_, i) => ({ path: ZERO, x: 60 + i * 60, y: 50 }));
    const number = await segmentNumber(await numberPng(660, 200, zeros));
    expect(number.groupCount).toBe(1);
    const eights = groups(number)[0]!.cutReadings!().filter((reading) => reading.length === 8);
    expect(eights.length).toBeGreaterThan(0);
  });

  it("keeps a group's cuts once the next image is segmented (the working buffers are reused)", async () => {
    const pair = await numberPng(360, 200, [
      { path: ZERO, x: 60, y: 50 },
      { path: ZERO, x: 122, y: 50 },
    ]);
    const early = groups(await segmentNumber(pair))[0]!.cutReadings!();
    const late = groups(await segmentNumber(pair))[0]!;
    await segmentNumber(await numberPng(400, 300, [{ path: SEVEN, x: 10, y: 10, size: 250 }]));
    const cuts = late.cutReadings!();
    expect(cuts.map((way) => way.map((candidate) => candidate.box))).toEqual(
      early.map((way) => way.map((candidate) => candidate.box)),
    );
    for (const [i, way] of cuts.entries())
      for (const [j, candidate] of way.entries())
        expect(cosine(candidate.input, early[i]![j]!.input)).toBeGreaterThan(0.9999);
  });

  it("offers no cuts of a narrow digit, and lays out a wider one's only when asked", async () => {
    const one = await segmentNumber(await numberPng(200, 200, [{ path: ONE, x: 50, y: 50 }]));
    expect(groups(one)[0]!.cutReadings).toBeUndefined();
    const seven = await segmentNumber(await numberPng(200, 200, [{ path: SEVEN, x: 50, y: 50 }]));
    expect(seven.groupCount).toBe(1);
    expect(groups(seven)[0]!.readings).toHaveLength(1);
    expect(typeof groups(seven)[0]!.cutReadings).toBe("function");
  });

  it("reads tall 1s whose strokes cross most of the image's blocks (miter joins, butt caps) instead of calling it blank", async () => {
    // Each stroke fills over a tenth of every block it crosses; six of them cross most blocks, whose full
    // spread (ink to paper) a noise estimate took for paper noise: the ink then stood out from nothing.
    const ones = Array.from({ length: 6 }, (_, i) => {
      const x = 60 + i * 93;
      return `<polyline points="${x - 30},60 ${x},20 ${x},260"/>`;
    }).join("");
    const one = await alone(ONE);
    for (const paper of ["", `<rect width="100%" height="100%" fill="#fff"/>`]) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="560" height="280">${paper}<g fill="none" stroke="#000" stroke-width="18">${ones}</g></svg>`;
      const number = await segmentNumber(await sharp(Buffer.from(svg)).png().toBuffer());
      expect(number.groupCount).toBe(6);
      expect(number.inverted).toBe(true);
      for (const group of groups(number))
        expect(cosine(group.readings[0]![0]!.input, one)).toBeGreaterThan(0.8);
    }
  });

  it(`refuses more than ${MAX_NUMBER_DIGITS} digits as TOO_MANY_DIGITS, and a blank image as NO_DIGIT_FOUND`, async () => {
    const many = Array.from({ length: MAX_NUMBER_DIGITS + 1 }, (_, i) => ({
      path: ONE,
      x: 10 + i * 60,
      y: 30,
      size: 80,
    }));
    const error = await segmentNumber(await numberPng(60 * (MAX_NUMBER_DIGITS + 1) + 40, 140, many)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(PreprocessError);
    expect((error as PreprocessError).code).toBe("TOO_MANY_DIGITS");
    const blank = await segmentNumber(await numberPng(200, 100, [])).catch((caught: unknown) => caught);
    expect((blank as PreprocessError).code).toBe("NO_DIGIT_FOUND");
  });
});
