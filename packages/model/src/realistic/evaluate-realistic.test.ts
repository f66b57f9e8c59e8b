import { describe, expect, it } from "vitest";
import { CLASS_COUNT } from "../data/idx.js";
import { evaluateRealistic } from "./evaluate-realistic.js";
import { formatRealisticReport } from "./format-realistic-report.js";

// Always answers "1" with certainty: every number in the report can then be checked by counting.
async function alwaysOne(_inputs: Float32Array, count: number): Promise<Float32Array> {
  const probabilities = new Float32Array(count * CLASS_COUNT);
  for (let i = 0; i < count; i++) probabilities[i * CLASS_COUNT + 1] = 1;
  return probabilities;
}

describe("evaluateRealistic", () => {
  it("scores digits and non-digits and accounts for every image", async () => {
    const progress: number[] = [];
    const report = await evaluateRealistic({ classify: alwaysOne, count: 11, nonDigitCount: 6, seed: 2, onProgress: (done) => progress.push(done) });
    expect(report.digitCount).toBe(11);
    expect(report.byStyle.reduce((sum, style) => sum + style.count, 0)).toBe(11);
    const accepted = report.confusion.flat().reduce((sum, n) => sum + n, 0);
    const refused = report.byStyle.reduce((sum, style) => sum + style.refused, 0);
    expect(accepted + refused).toBe(11);
    const ones = report.confusion[1]![1]!;
    expect(report.accuracy).toBeCloseTo(ones / 11, 10);
    expect(report.confusion.every((row) => row.every((n, predicted) => predicted === 1 || n === 0))).toBe(true);
    expect(report.byNonDigitKind.map((kind) => kind.count)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(report.nonDigitRefusalRate).toBe(report.byNonDigitKind.reduce((sum, kind) => sum + kind.refused, 0) / 6);
    expect(report.similarity).toBeGreaterThan(0.6);
    expect(progress.at(-1)).toBe(17);
    expect(formatRealisticReport(report)).toMatch(/accuracy on digits\s+\d+\.\d\d%/);
  });

  it("rejects impossible counts", async () => {
    await expect(evaluateRealistic({ classify: alwaysOne, count: -1 })).rejects.toThrow(/count must be a non-negative integer, got -1/);
  });
});
