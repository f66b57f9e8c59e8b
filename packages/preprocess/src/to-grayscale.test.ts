import { describe, expect, it } from "vitest";
import { grayscaleAroundMarks, toGrayscale } from "./to-grayscale.js";

/** RGBA of grey levels with alpha, one [level, alpha] a pixel. */
function rgba(pixels: Array<[number, number]>): Uint8Array {
  return Uint8Array.from(pixels.flatMap(([level, alpha]) => [level, level, level, alpha]));
}

describe("toGrayscale's backdrop for transparency", () => {
  it("flattens onto black only when the opaque content's mean is above 127.5", () => {
    const even: Array<[number, number]> = [
      [127, 255],
      [128, 255],
      [0, 0],
    ];
    expect(toGrayscale(rgba(even), 3, 1, 4).flattenedOnBlack).toBe(false);
    expect(toGrayscale(rgba([...even, [128, 255]]), 4, 1, 4).flattenedOnBlack).toBe(true);
  });

  it("weighs a large opaque ground outside the marks' region as exactly as inside it", () => {
    // 600x600 of opaque white (far past 2^31 in alpha x luminance sums) around a transparent corner mark.
    const side = 600;
    const data = new Uint8Array(side * side * 4).fill(255);
    data.fill(0, (side * 300 + 300) * 4, (side * 300 + 302) * 4);
    const around = grayscaleAroundMarks(data, side, side, 4, 2);
    const whole = toGrayscale(data, side, side, 4);
    expect(whole.flattenedOnBlack).toBe(true);
    expect(around.region).toEqual({ x: 298, y: 298, width: 6, height: 5 });
    expect(around.outsideValue).toBe(whole.image.data[0]);
    const regionRow = Array.from(around.image.data.subarray(6 * 2, 6 * 3));
    expect(regionRow).toEqual(Array.from(whole.image.data.subarray(side * 300 + 298, side * 300 + 304)));
    expect(regionRow).toEqual([255, 255, 0, 0, 255, 255]);
  });
});
