import type * as tf from "@tensorflow/tfjs";
import { CLASS_COUNT, NOT_A_DIGIT } from "./data/idx.js";
import { predictProbabilities } from "./evaluation.js";
import { applyTemperature, FLOOR, MIN_REJECT_AT, readDigit, type Calibration, type DigitReading, type MarksLayout } from "./reading.js";

/** Mean negative log-likelihood of the labels (NOT_A_DIGIT for non-digits) at a temperature. */
function negativeLogLikelihood(probabilities: Float32Array, labels: ArrayLike<number>, outputs: number, temperature: number): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const calibrated = applyTemperature(probabilities, temperature, i * outputs, outputs);
    sum -= Math.log(Math.max(FLOOR, calibrated[labels[i]!]!));
  }
  return sum / labels.length;
}

export interface CalibrationOptions {
  /** Largest share of digit images that may be refused as not a digit. */
  maxDigitsRefused: number;
  /** Largest share of digit images that may be flagged (refused or uncertain) at the chosen thresholds. */
  maxDigitsFlagged: number;
  fittedOn: string;
}

/**
 * Temperature scaling (Guo et al., 2017) by golden-section search on the negative log-likelihood of
 * held-out samples; then the refusal threshold, the lowest (not under an even chance) that refuses
 * at most `maxDigitsRefused` of the digit images; then the two doubt thresholds (low confidence,
 * some "not a digit" probability) that together flag at most `maxDigitsFlagged` of them, refusals
 * included, sharing that budget so as to catch the most of both the held-out non-digits and the
 * wrong answers (each counted as a share of its own kind).
 */
export function fitCalibration(probabilities: Float32Array, labels: ArrayLike<number>, options: CalibrationOptions): Calibration {
  const outputs = probabilities.length / labels.length;
  let low = 0.25;
  let high = 8;
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let step = 0; step < 40; step++) {
    const a = high - ratio * (high - low);
    const b = low + ratio * (high - low);
    if (negativeLogLikelihood(probabilities, labels, outputs, a) < negativeLogLikelihood(probabilities, labels, outputs, b)) high = b;
    else low = a;
  }
  const temperature = (low + high) / 2;
  const digitReadings: Array<{ confidence: number; notADigit: number; wrong: boolean }> = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]! >= CLASS_COUNT) continue;
    const { confidence, notADigit, digit } = readDigit(probabilities.subarray(i * outputs, (i + 1) * outputs), { temperature, uncertainBelow: 0, rejectAt: 1, fittedOn: "" });
    digitReadings.push({ confidence, notADigit, wrong: digit !== labels[i] });
  }
  const digits = digitReadings.length;
  const notDigitScores = digitReadings.map((r) => r.notADigit).sort((a, b) => b - a);
  const refusable = Math.floor(options.maxDigitsRefused * digits);
  const rejectAt = Math.min(1, Math.max(MIN_REJECT_AT, (notDigitScores[refusable] ?? 0) + 1e-6));
  const kept = digitReadings.filter((r) => r.notADigit < rejectAt);
  const allowed = Math.max(0, Math.floor(options.maxDigitsFlagged * digits) - (digits - kept.length));
  const nonDigitReadings: Array<{ confidence: number; notADigit: number }> = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i]! < CLASS_COUNT) continue;
    const { confidence, notADigit } = readDigit(probabilities.subarray(i * outputs, (i + 1) * outputs), { temperature, uncertainBelow: 0, rejectAt: 1, fittedOn: "" });
    nonDigitReadings.push({ confidence, notADigit });
  }
  const byDoubt = kept.map((r) => r.notADigit).sort((a, b) => b - a);
  const wrong = kept.filter((r) => r.wrong);
  let best = { caught: -1, uncertainBelow: 0, doubtAt: 1 };
  for (let share = 0; share <= 1.0001; share += 0.1) {
    // `share` of the budget to the "not a digit" doubt, the rest to low confidence.
    const byNotDigit = Math.floor(share * allowed);
    const doubtAt = byNotDigit === 0 ? 1 : byDoubt[byNotDigit - 1]!;
    const undoubted = kept.filter((r) => r.notADigit < doubtAt).map((r) => r.confidence).sort((a, b) => a - b);
    const left = allowed - (kept.length - undoubted.length);
    const uncertainBelow = left <= 0 ? 0 : undoubted[Math.min(left, undoubted.length - 1)]!;
    const flags = (r: { confidence: number; notADigit: number }) => r.notADigit >= doubtAt || r.confidence < uncertainBelow;
    const caught = nonDigitReadings.filter(flags).length / Math.max(1, nonDigitReadings.length) + wrong.filter(flags).length / Math.max(1, wrong.length);
    if (caught > best.caught) best = { caught, uncertainBelow, doubtAt };
  }
  return { temperature, uncertainBelow: best.uncertainBelow, rejectAt, doubtAt: best.doubtAt, fittedOn: options.fittedOn };
}

/** Reads preprocessed inputs with a model and its calibration: the evaluators' view of a served model. */
export function modelReader(model: tf.LayersModel, calibration?: Calibration): (inputs: Float32Array, layouts: MarksLayout[]) => Promise<DigitReading[]> {
  return async (inputs, layouts) => {
    const probabilities = predictProbabilities(model, inputs, layouts.length);
    const outputs = probabilities.length / Math.max(1, layouts.length);
    return layouts.map((layout, i) => readDigit(probabilities.subarray(i * outputs, (i + 1) * outputs), calibration, layout));
  };
}

/**
 * Outputs rewritten as the readings decide: calibrated probabilities, with a refused image's "not a
 * digit" output raised above every digit and a kept image's lowered below its digit, so that the
 * largest output is the reading's answer (for scoring with argmax).
 */
export function readingsAsOutputs(probabilities: Float32Array, count: number, calibration: Calibration): Float32Array {
  const outputs = probabilities.length / Math.max(1, count);
  const out = new Float32Array(probabilities.length);
  for (let i = 0; i < count; i++) {
    const reading = readDigit(probabilities.subarray(i * outputs, (i + 1) * outputs), calibration);
    out.set(reading.probabilities, i * outputs);
    if (outputs > CLASS_COUNT) out[i * outputs + NOT_A_DIGIT] = reading.verdict === "not-a-digit" ? 1 : Math.min(reading.notADigit, reading.confidence / 2);
  }
  return out;
}
