import { describe, expect, it } from "vitest";
import { readDigit, type DigitReading } from "../reading.js";
import { evaluateRealistic } from "./evaluate-realistic.js";

// Always answers "1" with certainty: every number in the report can then be checked by counting.
async function alwaysOne(_inputs: Float32Array, layouts: unknown[]): Promise<DigitReading[]> {
  return layouts.map(() => readDigit([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]));
}

describe("evaluateRealistic", () => {
  it("scores digits and non-digits and accounts for every image", async () => {
    const progress: number[] = [];
    const report = await evaluateRealistic({
      read: alwaysOne,
      count: 11,
      nonDigitCount: 6,
      seed: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(report.digitCount).toBe(11);
    expect(report.byStyle.reduce((sum, style) => sum + style.count, 0)).toBe(11);
    const accepted = report.confusion.flat().reduce((sum, n) => sum + n, 0);
    const refused = report.byStyle.reduce((sum, style) => sum + style.refused, 0);
    expect(accepted + refused).toBe(11);
    const ones = report.confusion[1]![1]!;
    expect(report.accuracy).toBeCloseTo(ones / 11, 10);
    expect(report.confusion.every((row) => row.every((n, predicted) => predicted === 1 || n === 0))).toBe(
      true,
    );
    expect(report.byNonDigitKind.map((kind) => kind.count)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(report.nonDigitRefusalRate).toBe(
      report.byNonDigitKind.reduce((sum, kind) => sum + kind.refused, 0) / 6,
    );
    expect(report.similarity).toBeGreaterThan(0.6);
    expect(progress.at(-1)).toBe(17);
  });

  it("rejects impossible counts", async () => {
    await expect(evaluateRealistic({ read: alwaysOne, count: -1 })).rejects.toThrow(
      /count must be a non-negative integer, got -1/,
    );
  });
});
