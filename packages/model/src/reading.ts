/**
 * Reading a model's output probabilities: calibration, the reject option and the refusals. Pure
 * TypeScript without TensorFlow.js, shared by the server and the browser entry (`./browser`).
 */
import { CLASS_COUNT, NOT_A_DIGIT } from "./data/idx.js";

/** Index of the largest of `length` values at `offset`. */
export function argmax(values: ArrayLike<number>, offset = 0, length = values.length - offset): number {
  let best = 0;
  for (let k = 1; k < length; k++) if (values[offset + k]! > values[offset + best]!) best = k;
  return best;
}

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
  NOT_A_DIGIT:
    "This does not look like a digit (it may be a letter, a symbol or a drawing). Try a single digit 0-9.",
  MULTIPLE_DIGITS: "This looks like several digits side by side. Upload or draw one digit at a time.",
} as const;
export type RecognitionRefusalCode = keyof typeof RECOGNITION_REFUSALS;

/** The refusal code of a reading, or undefined when it answers with a digit (flagged or not). */
export function refusalOf(reading: DigitReading): RecognitionRefusalCode | undefined {
  return reading.verdict === "not-a-digit"
    ? "NOT_A_DIGIT"
    : reading.verdict === "multiple-digits"
      ? "MULTIPLE_DIGITS"
      : undefined;
}

/** A probability as people should read it: rounded down, so 0.9996 shows 99.9%, never a 100% the model cannot mean. */
export function formatConfidence(probability: number): string {
  return PERCENT.format(Math.min(999, Math.floor(probability * 1000)) / 1000);
}

const PERCENT = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

/** Below this a model without calibration flags its answer: the raw softmax is overconfident. */
export const UNCALIBRATED_UNCERTAIN_BELOW = 0.7;
/** Refusal never needs less than an even chance that the image is not a digit. */
export const MIN_REJECT_AT = 0.5;
/** Probabilities are floored here before their logarithm. */
export const FLOOR = 1e-12;

/** softmax(log p / temperature) of `outputs` probabilities at `offset`. */
export function applyTemperature(
  probabilities: ArrayLike<number>,
  temperature: number,
  offset = 0,
  outputs = probabilities.length - offset,
): Float64Array {
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
export function readDigit(
  probabilities: ArrayLike<number>,
  calibration?: Calibration,
  layout: MarksLayout = ONE_PART,
): DigitReading {
  const calibrated = applyTemperature(probabilities, calibration?.temperature ?? 1);
  const digit = argmax(calibrated, 0, CLASS_COUNT);
  const confidence = calibrated[digit]!;
  const notADigit = calibrated.length > CLASS_COUNT ? calibrated[NOT_A_DIGIT]! : 0;
  let verdict: DigitReading["verdict"] =
    calibrated.length > CLASS_COUNT && notADigit >= (calibration?.rejectAt ?? MIN_REJECT_AT)
      ? "not-a-digit"
      : confidence < (calibration?.uncertainBelow ?? UNCALIBRATED_UNCERTAIN_BELOW) ||
          notADigit >= (calibration?.doubtAt ?? 1)
        ? "uncertain"
        : "digit";
  if (layout.partsLeftOut > 0 || (layout.parts >= 2 && verdict !== "digit")) verdict = "multiple-digits";
  return {
    digit,
    confidence,
    probabilities: Array.from(calibrated.subarray(0, CLASS_COUNT)),
    notADigit,
    verdict,
  };
}
