import { describe, expect, it } from "vitest";
import { fitCalibration } from "./calibration.js";
import { applyTemperature, formatConfidence, readDigit, refusalOf } from "./reading.js";
import { NOT_A_DIGIT } from "./data/idx.js";
import { createRandom } from "./random.js";

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

describe("calibration", () => {
  it("temperature keeps the ranking and sums to 1; 1 changes nothing, higher softens", () => {
    const p = softmax([4, 1, 0, 0, 0, 0, 0, 0, 0, 0, -1]);
    const same = applyTemperature(p, 1);
    same.forEach((v, i) => expect(v).toBeCloseTo(p[i]!, 10));
    const soft = applyTemperature(p, 2);
    expect(soft.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    expect(soft[0]).toBeLessThan(p[0]!);
    expect(soft[0]).toBeGreaterThan(soft[1]!);
  });

  it("reads digits, flags low confidence, refuses non-digits and side-by-side marks only when unsure", () => {
    const calibration = { temperature: 1, uncertainBelow: 0.8, rejectAt: 0.5, fittedOn: "test" };
    const sure = readDigit(softmax([0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0]), calibration);
    expect(sure).toMatchObject({ digit: 3, verdict: "digit" });
    expect(sure.probabilities).toHaveLength(10);
    expect(sure.probabilities.reduce((a, b) => a + b, 0) + sure.notADigit).toBeCloseTo(1, 6);
    expect(readDigit(softmax([0, 0, 0, 2, 1.5, 0, 0, 0, 0, 0, 0]), calibration).verdict).toBe("uncertain");
    const letter = readDigit(softmax([0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 6]), calibration);
    expect(letter).toMatchObject({ verdict: "not-a-digit", digit: 4 });
    expect(refusalOf(letter)).toBe("NOT_A_DIGIT");
    const twoMarks = { parts: 2, partsLeftOut: 0 };
    expect(readDigit(softmax([0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 6]), calibration, twoMarks).verdict).toBe("multiple-digits");
    expect(readDigit(softmax([0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0]), calibration, twoMarks).verdict).toBe("digit");
    // A second digit too far away to be in the input: refused however sure the model is of the first.
    expect(readDigit(softmax([0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0]), calibration, { parts: 2, partsLeftOut: 1 }).verdict).toBe("multiple-digits");
    // Ten-output models: no refusal, only the uncalibrated uncertainty rule.
    expect(readDigit(softmax([0, 5, 0, 0, 0, 0, 0, 0, 0, 0])).notADigit).toBe(0);
  });

  it("recovers the temperature that makes overconfident outputs honest, and keeps flagged digits within budget", () => {
    const random = createRandom(11);
    const probabilities: number[] = [];
    const labels: number[] = [];
    // True logits give calibrated probabilities; the "model" reports them sharpened 2.5x.
    for (let i = 0; i < 4000; i++) {
      const logits = Array.from({ length: 11 }, () => random() * 2);
      const truth = softmax(logits.map((l, k) => (k === i % 11 ? l + 3 * random() : l)));
      let r = random();
      let label = 0;
      while (label < 10 && r > truth[label]!) r -= truth[label++]!;
      labels.push(label);
      probabilities.push(...softmax(truth.map((p) => 2.5 * Math.log(p))));
    }
    const outputs = Float32Array.from(probabilities);
    const calibration = fitCalibration(outputs, labels, { maxDigitsRefused: 0.02, maxDigitsFlagged: 0.1, fittedOn: "synthetic" });
    expect(calibration.temperature).toBeCloseTo(2.5, 0);
    let digits = 0;
    let flagged = 0;
    let refused = 0;
    labels.forEach((label, i) => {
      if (label === NOT_A_DIGIT) return;
      digits++;
      const verdict = readDigit(outputs.subarray(i * 11, (i + 1) * 11), calibration).verdict;
      if (verdict !== "digit") flagged++;
      if (verdict === "not-a-digit") refused++;
    });
    expect(refused / digits).toBeLessThanOrEqual(0.02 + 1e-9);
    expect(calibration.rejectAt).toBeGreaterThanOrEqual(0.5);
    expect(flagged / digits).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(flagged / digits).toBeGreaterThan(0.05);
  });

  it("never shows a probability as 100%", () => {
    expect(formatConfidence(0.99996)).toBe("99.9%");
    expect(formatConfidence(0.8765)).toBe("87.6%");
    expect(formatConfidence(0.55)).toBe("55%");
    expect(formatConfidence(0)).toBe("0%");
  });
});
