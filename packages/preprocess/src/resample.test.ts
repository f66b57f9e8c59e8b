import { describe, expect, it } from "vitest";
import { resample } from "./resample.js";

function sum(values: Float32Array): number {
  return values.reduce((total, value) => total + value, 0);
}

describe("resample", () => {
  it("keeps the mean when shrinking by a non-integer factor", () => {
    const data = Float32Array.from({ length: 97 * 61 }, (_, i) => ((i * 7919) % 101) / 100);
    const small = resample({ width: 97, height: 61, data }, 20, 13);
    expect(sum(small.data) / (20 * 13)).toBeCloseTo(sum(data) / (97 * 61), 3);
  });

  it("returns the source unchanged at the same size", () => {
    const data = Float32Array.from({ length: 12 }, (_, i) => i / 12);
    expect(Array.from(resample({ width: 4, height: 3, data }, 4, 3).data)).toEqual(Array.from(data).map((v) => Math.fround(v)));
  });

  it("interpolates linearly when enlarging", () => {
    const wide = resample({ width: 2, height: 1, data: Float32Array.of(0, 1) }, 4, 1);
    expect(Array.from(wide.data)).toEqual([0, 0.25, 0.75, 1]);
  });
});
