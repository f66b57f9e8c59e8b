import type * as tf from "@tensorflow/tfjs";
import { CLASS_COUNT, NOT_A_DIGIT } from "./data/idx.js";
import { argmax, predictProbabilities } from "./evaluation.js";

/** How to read a model's outputs, fitted on held-out data after training and kept in metadata.json. */
export interface Calibration {
  /** Softmax temperature: probabilities are recomputed as softmax(log p / temperature). */
  temperature: number;
  /** A digit answer whose calibrated confidence is below this is flagged uncertain. */
  uncertainBelow: number;
  /** At or above this calibrated "not a digit" probability the image is refused as not one digit. */
  rejectAt: number;
  /** At or above this "not a digit" probability (but below rejectAt) a digit answer is flagged uncertain. */
  doubtAt?: number;
  /** What the temperature and threshold were fitted on, for the record. */
  fittedOn: string;
}

/** A reading of one image's outputs: the digit, or the verdict that it is not one digit. */
export interface DigitReading {
  /** The most probable digit (also when the image is judged not a digit). */
  digit: number;
  /** Calibrated probability of `digit`. */
  confidence: number;
  /** Calibrated probabilities of the ten digits (they sum to 1 - notADigit). */
  probabilities: number[];
  /** Calibrated probability that the image is not one digit (0 for models without that output). */
  notADigit: number;
  /**
   * "digit": a confident answer; "uncertain": a digit, flagged; "not-a-digit": refused;
   * "multiple-digits": refused, the image holding several digit-sized marks side by side.
   */
  verdict: "digit" | "uncertain" | "not-a-digit" | "multiple-digits";
}

/** The refusals a reading can make, with the message people see (API, CLI and web alike). */
export const RECOGNITION_REFUSALS = {
  NOT_A_DIGIT: "This does not look like a digit (it may be a letter, a symbol or a drawing). Try a single digit 0-9.",
  MULTIPLE_DIGITS: "This looks like several digits side by side. Upload or draw one digit at a time.",
} as const;
export type RecognitionRefusalCode = keyof typeof RECOGNITION_REFUSALS;

/** The refusal code of a reading, or undefined when it answers with a digit (flagged or not). */
export function refusalOf(reading: DigitReading): RecognitionRefusalCode | undefined {
  return reading.verdict === "not-a-digit" ? "NOT_A_DIGIT" : reading.verdict === "multiple-digits" ? "MULTIPLE_DIGITS" : undefined;
}

/** A probability as people should read it: rounded down, so 0.9996 shows 99.9%, never a 100% the model cannot mean. */
export function formatConfidence(probability: number): string {
  return PERCENT.format(Math.min(999, Math.floor(probability * 1000)) / 1000);
}

const PERCENT = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

/** Below this a model without calibration flags its answer: the raw softmax is overconfident. */
export const UNCALIBRATED_UNCERTAIN_BELOW = 0.7;
/** Refusal never needs less than an even chance that the image is not a digit. */
const MIN_REJECT_AT = 0.5;
const FLOOR = 1e-12;

/** softmax(log p / temperature) of `outputs` probabilities at `offset`. */
export function applyTemperature(probabilities: ArrayLike<number>, temperature: number, offset = 0, outputs = probabilities.length - offset): Float64Array {
  const out = new Float64Array(outputs);
  let max = -Infinity;
  for (let k = 0; k < outputs; k++) {
    out[k] = Math.log(Math.max(FLOOR, probabilities[offset + k]!)) / temperature;
    if (out[k]! > max) max = out[k]!;
  }
  let sum = 0;
  for (let k = 0; k < outputs; k++) sum += out[k] = Math.exp(out[k]! - max);
  for (let k = 0; k < outputs; k++) out[k]! /= sum;
  return out;
}

/** What preprocessing saw around the digit (NormalizedDigitInfo's counts of digit-sized marks side by side). */
export interface MarksLayout {
  parts: number;
  partsLeftOut: number;
}

const ONE_PART: MarksLayout = { parts: 1, partsLeftOut: 0 };

/**
 * Reads one image's model outputs (10, or 11 with "not a digit" last) with the model's calibration.
 * Several digits side by side are refused as "multiple-digits" when a digit-sized mark was left out
 * of the input (too far from the digit to be part of it), or when there are several such marks in
 * the input and the model is not sure of one digit (a confident answer stands: a broken 0 is two marks).
 */
export function readDigit(probabilities: ArrayLike<number>, calibration?: Calibration, layout: MarksLayout = ONE_PART): DigitReading {
  const calibrated = applyTemperature(probabilities, calibration?.temperature ?? 1);
  const digit = argmax(calibrated, 0, CLASS_COUNT);
  const confidence = calibrated[digit]!;
  const notADigit = calibrated.length > CLASS_COUNT ? calibrated[NOT_A_DIGIT]! : 0;
  let verdict: DigitReading["verdict"] =
    calibrated.length > CLASS_COUNT && notADigit >= (calibration?.rejectAt ?? MIN_REJECT_AT)
      ? "not-a-digit"
      : confidence < (calibration?.uncertainBelow ?? UNCALIBRATED_UNCERTAIN_BELOW) || notADigit >= (calibration?.doubtAt ?? 1)
        ? "uncertain"
        : "digit";
  if (layout.partsLeftOut > 0 || (layout.parts >= 2 && verdict !== "digit")) verdict = "multiple-digits";
  return { digit, confidence, probabilities: Array.from(calibrated.subarray(0, CLASS_COUNT)), notADigit, verdict };
}

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
