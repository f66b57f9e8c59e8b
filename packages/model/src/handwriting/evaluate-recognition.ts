import { isPreprocessError, normalizeDigitImage } from "@digit-lab/preprocess";
import sharp from "sharp";
import type { DigitReading, MarksLayout } from "../reading.js";
import { IMAGE_PIXELS } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { createRandom, shuffleInPlace } from "../random.js";
import type { RecognitionReport } from "../recognition-report.js";
import { HANDWRITING_STYLES, renderDigitInStyle, type HandwritingStyle } from "./digit-styles.js";
import { padInk, type InkImage } from "./ink-image.js";
import { EVALUATED_NON_DIGIT_DRAWINGS, pickNonDigitDrawing, renderNonDigit, type NonDigitDrawing } from "./negatives.js";

/** Reads preprocessed inputs (count*784 values) with what preprocessing saw around each: one reading each. */
export type Reader = (inputs: Float32Array, layouts: MarksLayout[]) => Promise<DigitReading[]>;

export const DEFAULT_PER_STYLE = 300;
export const DEFAULT_NON_DIGITS = 900;
export const DEFAULT_RECOGNITION_SEED = 2024;

export interface RecognitionOptions {
  read: Reader;
  /** MNIST test digits: the only digits the evaluation renders. */
  test: DigitSet;
  perStyle?: number;
  nonDigits?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Counts behind the report's rates, so that other sets (the realistic one) can be pooled in. */
export interface DigitOutcomes {
  digits: number;
  flagged: number;
  wrong: number;
  wrongFlagged: number;
  /** Per reading accepted by preprocessing: calibrated confidence and whether the digit was right. */
  confidences: Array<{ confidence: number; correct: boolean }>;
}

export interface RecognitionEvaluation {
  report: RecognitionReport;
  crossStyleOutcomes: DigitOutcomes;
  seconds: number;
}

/** An upload as a person would make it: dark ink on light paper, a white margin, an 8-bit greyscale PNG. */
async function toUpload(ink: InkImage, margin: number): Promise<Buffer> {
  const padded = padInk(ink, margin);
  const pixels = Buffer.alloc(padded.data.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(250 - 235 * Math.min(1, padded.data[i]!));
  return sharp(pixels, { raw: { width: padded.width, height: padded.height, channels: 1 } }).png().toBuffer();
}

const isFlagged = (reading: DigitReading | undefined): boolean => reading === undefined || reading.verdict !== "digit";

interface Item {
  bytes: Buffer;
  style?: HandwritingStyle;
  label?: number;
  kind?: NonDigitDrawing;
}

/** Expected calibration error over equal-width confidence bins. */
export function expectedCalibrationError(confidences: DigitOutcomes["confidences"], bins = 15): number {
  const count = new Array<number>(bins).fill(0);
  const confidenceSum = new Array<number>(bins).fill(0);
  const correctSum = new Array<number>(bins).fill(0);
  for (const { confidence, correct } of confidences) {
    const bin = Math.min(bins - 1, Math.floor(confidence * bins));
    count[bin]!++;
    confidenceSum[bin]! += confidence;
    if (correct) correctSum[bin]!++;
  }
  let error = 0;
  for (let b = 0; b < bins; b++) if (count[b]) error += Math.abs(confidenceSum[b]! - correctSum[b]!) / confidences.length;
  return error;
}

/**
 * The cross-style set (MNIST test digits in every handwriting style, evaluation settings) and held-out
 * non-digits (fonts training never saw, shapes, scribbles, test digits in pairs and crossed out), each
 * rendered to an image file and run through normalizeDigitImage as an upload would be.
 */
export async function evaluateRecognition(options: RecognitionOptions): Promise<RecognitionEvaluation> {
  const started = performance.now();
  const perStyle = options.perStyle ?? DEFAULT_PER_STYLE;
  const nonDigitCount = options.nonDigits ?? DEFAULT_NON_DIGITS;
  const seed = options.seed ?? DEFAULT_RECOGNITION_SEED;
  const random = createRandom(seed);
  const order = new Uint32Array(options.test.count).map((_, i) => i);
  shuffleInPlace(order, random);
  const items: Item[] = [];
  let next = 0;
  for (const style of HANDWRITING_STYLES) {
    for (let i = 0; i < perStyle; i++) {
      const index = order[next++ % order.length]!;
      const ink = renderDigitInStyle(style, options.test.images, index * IMAGE_PIXELS, random, "evaluation");
      items.push({ bytes: await toUpload(ink, style === "lowres-binary" || style === "stretched" || style === "bitmap-32" ? 2 : 16), style, label: options.test.labels[index]! });
    }
  }
  for (let i = 0; i < nonDigitCount; i++) {
    const kind = pickNonDigitDrawing(random, EVALUATED_NON_DIGIT_DRAWINGS);
    items.push({ bytes: await toUpload(renderNonDigit(kind, random, options.test, "evaluation"), 16), kind });
  }

  const readings: Array<DigitReading | undefined> = new Array(items.length);
  const total = items.length;
  const CHUNK = 256;
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK);
    const normalized = await Promise.all(
      chunk.map((item) =>
        normalizeDigitImage(item.bytes).catch((error: unknown) => {
          if (isPreprocessError(error) && error.code === "NO_DIGIT_FOUND") return undefined;
          throw error;
        }),
      ),
    );
    const accepted = normalized.flatMap((result, i) => (result ? [{ i, result }] : []));
    const inputs = new Float32Array(accepted.length * IMAGE_PIXELS);
    accepted.forEach(({ result }, k) => inputs.set(result.input, k * IMAGE_PIXELS));
    const read = accepted.length ? await options.read(inputs, accepted.map(({ result }) => result.info)) : [];
    accepted.forEach(({ i }, k) => (readings[start + i] = read[k]));
    options.onProgress?.(Math.min(total, start + CHUNK), total);
  }

  const perStyleResult: Record<string, { count: number; accuracy: number }> = {};
  const outcomes: DigitOutcomes = { digits: 0, flagged: 0, wrong: 0, wrongFlagged: 0, confidences: [] };
  let correctTotal = 0;
  for (const style of HANDWRITING_STYLES) {
    let count = 0;
    let correct = 0;
    items.forEach((item, i) => {
      if (item.style !== style) return;
      const reading = readings[i];
      const right = reading !== undefined && reading.verdict !== "not-a-digit" && reading.verdict !== "multiple-digits" && reading.digit === item.label;
      count++;
      if (right) correct++;
      outcomes.digits++;
      if (isFlagged(reading)) outcomes.flagged++;
      if (!right) {
        outcomes.wrong++;
        if (isFlagged(reading)) outcomes.wrongFlagged++;
      }
      if (reading) outcomes.confidences.push({ confidence: reading.confidence, correct: reading.digit === item.label });
    });
    correctTotal += correct;
    perStyleResult[style] = { count, accuracy: count ? correct / count : 0 };
  }
  const perKind: Record<string, { count: number; caught: number }> = Object.fromEntries(EVALUATED_NON_DIGIT_DRAWINGS.map((kind) => [kind, { count: 0, caught: 0 }]));
  let caught = 0;
  items.forEach((item, i) => {
    if (!item.kind) return;
    const entry = perKind[item.kind]!;
    entry.count++;
    if (isFlagged(readings[i])) {
      entry.caught++;
      caught++;
    }
  });
  return {
    report: {
      crossStyle: { count: outcomes.digits, accuracy: outcomes.digits ? correctTotal / outcomes.digits : 0, perStyle: perStyleResult },
      nonDigits: { count: nonDigitCount, caught: nonDigitCount ? caught / nonDigitCount : 0, perKind },
      digitsFlagged: outcomes.digits ? outcomes.flagged / outcomes.digits : 0,
      wrongFlagged: outcomes.wrong ? outcomes.wrongFlagged / outcomes.wrong : 1,
      expectedCalibrationError: expectedCalibrationError(outcomes.confidences),
    },
    crossStyleOutcomes: outcomes,
    seconds: (performance.now() - started) / 1000,
  };
}
