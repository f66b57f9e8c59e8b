import { describe, expect, it } from "vitest";
import { hypot } from "./find-digit.js";

describe("hypot", () => {
  it("gives Math.hypot's double to the last bit for two values", () => {
    // Deterministic values of every scale, and Sobel-like differences of float32 ink over 8.
    let seed = 12345;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    const float = () => Math.fround(random());
    const mismatches: Array<[number, number]> = [];
    for (let i = 0; i < 200_000; i++) {
      const [a, b] =
        i % 2 === 0
          ? [(random() - 0.5) * 10 ** (random() * 40 - 20), (random() - 0.5) * 10 ** (random() * 40 - 20)]
          : [
              (float() + 2 * float() + float() - float() - 2 * float() - float()) / 8,
              (float() - float()) / 8,
            ];
      if (!Object.is(hypot(a, b), Math.hypot(a, b))) mismatches.push([a, b]);
    }
    expect(mismatches).toEqual([]);
  });

  it("treats zeros, infinities and NaN as Math.hypot does", () => {
    for (const [a, b] of [
      [0, 0],
      [-0, 0],
      [0, -3],
      [Infinity, NaN],
      [NaN, -Infinity],
      [NaN, 1],
      [1e308, 1e308],
      [5e-324, 5e-324],
    ] as const)
      expect(hypot(a, b)).toBe(Math.hypot(a, b));
  });
});
