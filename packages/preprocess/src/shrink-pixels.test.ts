import { describe, expect, it } from "vitest";
import { shrinkGreyRegion, shrinkOpaqueGrey, shrinkPixels } from "./shrink-pixels.js";
import { grayscaleAroundMarks, marksBounds } from "./to-grayscale.js";

/** A width x height RGBA image of `background` words with a few pixels of `mark` (little-endian words). */
function marked(width: number, height: number, background: number, mark: number, at: Array<[number, number]>): Uint8Array {
  const words = new Uint32Array(width * height).fill(background);
  for (const [x, y] of at) words[y * width + x] = mark;
  return new Uint8Array(words.buffer);
}

describe("shrinkPixels", () => {
  it("averages each output pixel's area, channel by channel", () => {
    // 4x2 RGB: left half pixels (0,100,200) and (40,60,80), right half all 255.
    const data = Uint8Array.from([0, 100, 200, 40, 60, 80, 255, 255, 255, 255, 255, 255, 0, 100, 200, 40, 60, 80, 255, 255, 255, 255, 255, 255]);
    expect(Array.from(shrinkPixels(data, 4, 2, 3, 2, 1))).toEqual([20, 80, 140, 255, 255, 255]);
  });

  it("lets transparent pixels add no colour to the edge of a stroke", () => {
    // Transparent black next to opaque red, as around a stroke on a transparent canvas.
    const data = Uint8Array.from([0, 0, 0, 0, 255, 0, 0, 255]);
    expect(Array.from(shrinkPixels(data, 2, 1, 4, 1, 1))).toEqual([255, 0, 0, 128]);
    const greyAlpha = Uint8Array.from([0, 0, 200, 255, 200, 255, 0, 0]);
    expect(Array.from(shrinkPixels(greyAlpha, 2, 2, 2, 1, 1))).toEqual([200, 128]);
  });

  it("keeps a fully transparent image transparent", () => {
    expect(Array.from(shrinkPixels(new Uint8Array(16), 2, 2, 4, 1, 1))).toEqual([0, 0, 0, 0]);
  });

  it("reads RGBA a pixel at a time with the same result as byte by byte", () => {
    const data = Uint8Array.from({ length: 11 * 9 * 4 }, (_, i) => (i * 7919) % 256);
    // Unaligned samples cannot be read as 32-bit words, so they take the byte-by-byte path.
    const unaligned = new Uint8Array(data.length + 1).subarray(1);
    unaligned.set(data);
    expect(Array.from(shrinkPixels(data, 11, 9, 4, 4, 3))).toEqual(Array.from(shrinkPixels(unaligned, 11, 9, 4, 4, 3)));
  });
});

describe("shrinking only the blocks the marks reach", () => {
  const at: Array<[number, number]> = [
    [9, 5],
    [10, 6],
    [14, 11],
  ];

  it("gives shrinkPixels' result for RGBA on an opaque or a transparent ground", () => {
    for (const [background, mark] of [
      [0xffffffff, 0xff102030],
      [0x00000000, 0x80ffffff],
      [0x00ff00ff, 0xff0000ff],
    ] as const) {
      const data = marked(23, 17, background, mark, at);
      const marks = marksBounds(data, 23, 17, 4)!;
      expect(marks).toEqual({ x: 9, y: 5, width: 6, height: 7 });
      for (const [targetWidth, targetHeight] of [
        [7, 5],
        [23, 17],
        [30, 20],
      ] as const)
        expect(Array.from(shrinkPixels(data, 23, 17, 4, targetWidth, targetHeight, marks))).toEqual(
          Array.from(shrinkPixels(data, 23, 17, 4, targetWidth, targetHeight)),
        );
    }
  });

  it("gives shrinkOpaqueGrey's result, and still declines a coloured mark", () => {
    const data = marked(23, 17, 0xffeeeeee, 0xff404040, at);
    const marks = marksBounds(data, 23, 17, 4)!;
    for (const [targetWidth, targetHeight] of [
      [7, 5],
      [5, 9],
      [40, 30],
    ] as const)
      expect(Array.from(shrinkOpaqueGrey(data, 23, 17, targetWidth, targetHeight, marks)!)).toEqual(
        Array.from(shrinkOpaqueGrey(data, 23, 17, targetWidth, targetHeight)!),
      );
    const coloured = marked(23, 17, 0xffeeeeee, 0xff404041, at);
    expect(shrinkOpaqueGrey(coloured, 23, 17, 7, 5, marksBounds(coloured, 23, 17, 4))).toBeUndefined();
  });

  it("gives shrinkOpaqueGrey's result from the grey levels grayscaleAroundMarks read", () => {
    const data = marked(23, 17, 0xffeeeeee, 0xff404040, at);
    const around = grayscaleAroundMarks(data, 23, 17, 4, 2);
    expect(around.opaqueGrey).toBe(true);
    for (const [targetWidth, targetHeight] of [
      [7, 5],
      [23, 17],
      [40, 30],
    ] as const)
      expect(
        Array.from(shrinkGreyRegion(around.image.data, around.region, around.outsideValue, 23, 17, targetWidth, targetHeight)),
      ).toEqual(Array.from(shrinkOpaqueGrey(data, 23, 17, targetWidth, targetHeight)!));
    expect(grayscaleAroundMarks(marked(23, 17, 0xffeeeeee, 0xff404041, at), 23, 17, 4, 2).opaqueGrey).toBe(false);
    expect(grayscaleAroundMarks(marked(23, 17, 0xfeeeeeee, 0xff404040, at), 23, 17, 4, 2).opaqueGrey).toBe(false);
  });

  it("gives shrinkOpaqueGrey's result for marks of any density anywhere, from aligned or unaligned levels", () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (let image = 0; image < 400; image++) {
      const width = 1 + Math.floor(random() * 40);
      const height = 1 + Math.floor(random() * 40);
      const background = random() < 0.5 ? 255 : Math.floor(random() * 256);
      const levels = new Uint8Array(width * height).fill(background);
      const density = random();
      for (let i = 1; i < levels.length; i++) if (random() < density) levels[i] = Math.floor(random() * 256);
      const data = Uint8Array.from(Array.from(levels).flatMap((level) => [level, level, level, 255]));
      const around = grayscaleAroundMarks(data, width, height, 4, Math.floor(random() * 3));
      const offset = Math.floor(random() * 4);
      const grey = new Uint8Array(around.image.data.length + offset).subarray(offset);
      grey.set(around.image.data);
      const [targetWidth, targetHeight] = [1 + Math.floor(random() * 50), 1 + Math.floor(random() * 50)];
      expect(Array.from(shrinkGreyRegion(grey, around.region, around.outsideValue, width, height, targetWidth, targetHeight))).toEqual(
        Array.from(shrinkOpaqueGrey(data, width, height, targetWidth, targetHeight)!),
      );
    }
  });
});

describe("shrinkOpaqueGrey", () => {
  const greyRgba = (levels: number[]) => Uint8Array.from(levels.flatMap((level) => [level, level, level, 255]));

  it("gives the grey channel of shrinkPixels for opaque grey RGBA", () => {
    const levels = Array.from({ length: 11 * 9 }, (_, i) => (i * 37) % 256);
    const rgba = shrinkPixels(greyRgba(levels), 11, 9, 4, 4, 3);
    const grey = shrinkOpaqueGrey(greyRgba(levels), 11, 9, 4, 3);
    expect(Array.from(grey!)).toEqual(Array.from({ length: 12 }, (_, i) => rgba[i * 4]!));
  });

  it("declines colour, transparency and samples it cannot read as words", () => {
    const coloured = greyRgba([10, 20, 30, 40]);
    coloured[5] = 99;
    expect(shrinkOpaqueGrey(coloured, 2, 2, 1, 1)).toBeUndefined();
    const translucent = greyRgba([10, 20, 30, 40]);
    translucent[15] = 254;
    expect(shrinkOpaqueGrey(translucent, 2, 2, 1, 1)).toBeUndefined();
    const unaligned = new Uint8Array(17).subarray(1);
    unaligned.set(greyRgba([10, 20, 30, 40]));
    expect(shrinkOpaqueGrey(unaligned, 2, 2, 1, 1)).toBeUndefined();
  });
});
