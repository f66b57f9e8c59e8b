import { describe, expect, it } from "vitest";
import { evaluateRealistic, readDigit, type DigitReading } from "@digit-lab/model";
import { formatRealisticReport } from "./format-realistic-report.js";

// Always answers "1" with certainty: the report's accuracy is the share of ones.
async function alwaysOne(_inputs: Float32Array, layouts: unknown[]): Promise<DigitReading[]> {
  return layouts.map(() => readDigit([0, 1, 0, 0, 0, 0, 0, 0, 0, 0]));
}

describe("formatRealisticReport", () => {
  it("prints the headline rates of a report", async () => {
    const report = await evaluateRealistic({ read: alwaysOne, count: 11, nonDigitCount: 6, seed: 2 });
    const text = formatRealisticReport(report);
    expect(text).toMatch(/accuracy on digits\s+\d+\.\d\d%/);
    expect(text).toContain(`${(report.accuracy * 100).toFixed(2)}%`);
  });
});
