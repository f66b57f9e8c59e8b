import { normalizeDigitImage, isPreprocessError, type PreprocessOptions } from "@digit-lab/preprocess";
import { CLASS_COUNT, IMAGE_PIXELS } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import type { MarksLayout } from "../reading.js";
import type { DigitOutcomes, Reader } from "../handwriting/evaluate-recognition.js";
import { generateRealisticSet, sampleCounts, type RealisticSample } from "./realistic-set.js";
import { DIGIT_STYLES, NON_DIGIT_KINDS } from "./styles.js";

export interface RealisticOptions {
  /** Readings of preprocessed inputs (count*784 values in 0..1, white on black) with their part counts. */
  read: Reader;
  /** Digit images (default 2000). */
  count?: number;
  /** Images without a digit (default 300). */
  nonDigitCount?: number;
  seed?: number;
  mnistDir?: string;
  /** Digits to render instead of the MNIST test split: validation digits, to choose between models without touching the test set. */
  source?: DigitSet;
  onProgress?: (done: number, total: number) => void;
  /** Passed to normalizeDigitImage. */
  preprocess?: PreprocessOptions;
  /** Images preprocessed at once (sharp runs them on its thread pool); default 4. */
  concurrency?: number;
  /** How many wrong or refused digits and accepted non-digits to list (default 25). */
  maxFailures?: number;
}

export interface StyleResult {
  style: string;
  count: number;
  correct: number;
  /** Refused as NO_DIGIT_FOUND. */
  refused: number;
  accuracy: number;
  /** Mean cosine similarity of the preprocessed input to the source MNIST digit (accepted images). */
  similarity: number;
}

export interface NonDigitResult {
  kind: string;
  count: number;
  /** Refused as NO_DIGIT_FOUND, as they should be. */
  refused: number;
  refusalRate: number;
}

export interface RealisticFailure {
  id: string;
  style: string;
  label: number | null;
  /** The model's answer, or null when the image was refused (by preprocessing or as not one digit). */
  predicted: number | null;
  /** Error code when refused. */
  error: string | null;
}

export interface RealisticReport {
  seed: number;
  digitCount: number;
  nonDigitCount: number;
  /** Correct digits over all digits; refusals count as wrong. */
  accuracy: number;
  /** Digits refused or flagged uncertain, and how many of the wrong answers were (confidences left out). */
  outcomes: Omit<DigitOutcomes, "confidences">;
  /** Digits refused as NO_DIGIT_FOUND. */
  digitRefusalRate: number;
  /** Mean cosine similarity of accepted digits' inputs to their MNIST source. */
  similarity: number;
  /** The same classifier on the source MNIST digits themselves: the ceiling for `accuracy`. */
  sourceAccuracy: number;
  byStyle: StyleResult[];
  /** Non-digits refused as NO_DIGIT_FOUND. */
  nonDigitRefusalRate: number;
  byNonDigitKind: NonDigitResult[];
  /** Any other refusal codes seen (a renderer or decoder bug if not empty). */
  otherErrors: Record<string, number>;
  /** confusion[actual][predicted] over accepted digits. */
  confusion: number[][];
  failures: RealisticFailure[];
  /** Preprocessing throughput (normalizeDigitImage alone, `concurrency` at a time). */
  imagesPerSecond: number;
  /** Whole run: rendering, preprocessing and classification. */
  seconds: number;
}

interface Pending {
  sample: RealisticSample;
  input: Float32Array;
  layout: MarksLayout;
}

function cosine(input: Float32Array, digit: Uint8Array): number {
  let dot = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < IMAGE_PIXELS; i++) {
    const x = input[i]!;
    const y = digit[i]! / 255;
    dot += x * y;
    a += x * x;
    b += y * y;
  }
  return a === 0 || b === 0 ? 0 : dot / Math.sqrt(a * b);
}

const CLASSIFY_BATCH = 256;

/**
 * Renders the seeded realistic set, runs every file through normalizeDigitImage as an upload
 * would be, classifies the accepted digits and scores the lot (see RealisticReport).
 */
export async function evaluateRealistic(options: RealisticOptions): Promise<RealisticReport> {
  const { count, nonDigitCount, seed } = sampleCounts(options);
  const concurrency = options.concurrency ?? 4;
  const maxFailures = options.maxFailures ?? 25;
  const started = performance.now();
  const styles = new Map<string, StyleResult & { similaritySum: number; accepted: number }>();
  for (const style of DIGIT_STYLES) styles.set(style, { style, count: 0, correct: 0, refused: 0, accuracy: 0, similarity: 0, similaritySum: 0, accepted: 0 });
  const kinds = new Map<string, NonDigitResult>(NON_DIGIT_KINDS.map((kind) => [kind, { kind, count: 0, refused: 0, refusalRate: 0 }]));
  const confusion = Array.from({ length: CLASS_COUNT }, () => new Array<number>(CLASS_COUNT).fill(0));
  const otherErrors: Record<string, number> = {};
  const failures: RealisticFailure[] = [];
  const addFailure = (failure: RealisticFailure): void => {
    if (failures.length < maxFailures) failures.push(failure);
  };
  let pending: Pending[] = [];
  let sourceCorrect = 0;
  const outcomes = { digits: 0, flagged: 0, wrong: 0, wrongFlagged: 0 };
  let preprocessMs = 0;
  let preprocessed = 0;
  let done = 0;
  const total = count + nonDigitCount;

  const classifyPending = async (): Promise<void> => {
    if (pending.length === 0) return;
    const inputs = new Float32Array(pending.length * IMAGE_PIXELS);
    pending.forEach((item, i) => inputs.set(item.input, i * IMAGE_PIXELS));
    const sources = new Float32Array(pending.length * IMAGE_PIXELS);
    pending.forEach(({ sample }, i) => sample.mnistDigit!.forEach((value, k) => (sources[i * IMAGE_PIXELS + k] = value / 255)));
    const readings = await options.read(inputs, pending.map(({ layout }) => layout));
    const sourceReadings = await options.read(sources, pending.map(() => ({ parts: 1, partsLeftOut: 0 })));
    pending.forEach(({ sample }, i) => {
      const source = sourceReadings[i]!;
      if (source.digit === sample.label && (source.verdict === "digit" || source.verdict === "uncertain")) sourceCorrect++;
      const reading = readings[i]!;
      const refused = reading.verdict === "not-a-digit" || reading.verdict === "multiple-digits";
      const label = sample.label!;
      const right = !refused && reading.digit === label;
      outcomes.digits++;
      if (reading.verdict !== "digit") outcomes.flagged++;
      if (!right) {
        outcomes.wrong++;
        if (reading.verdict !== "digit") outcomes.wrongFlagged++;
      }
      if (!refused) confusion[label]![reading.digit]! += 1;
      if (right) styles.get(sample.style)!.correct++;
      else addFailure({ id: sample.id, style: sample.style, label, predicted: refused ? null : reading.digit, error: refused ? reading.verdict : null });
    });
    pending = [];
  };

  const processChunk = async (chunk: RealisticSample[]): Promise<void> => {
    const chunkStart = performance.now();
    const results = await Promise.all(
      chunk.map((sample) =>
        normalizeDigitImage(sample.bytes, options.preprocess).then(
          (result) => ({ sample, input: result.input, layout: result.info, error: undefined }),
          (error: unknown) => ({ sample, input: undefined, layout: undefined, error }),
        ),
      ),
    );
    preprocessMs += performance.now() - chunkStart;
    preprocessed += chunk.length;
    for (const { sample, input, layout, error } of results) {
      const code = error === undefined ? null : isPreprocessError(error) ? error.code : "UNEXPECTED_ERROR";
      if (error !== undefined && !isPreprocessError(error)) throw error;
      if (sample.kind === "digit") {
        const style = styles.get(sample.style)!;
        style.count++;
        if (input) {
          style.accepted++;
          style.similaritySum += cosine(input, sample.mnistDigit!);
          pending.push({ sample, input, layout: layout! });
        } else {
          outcomes.digits++;
          outcomes.flagged++;
          outcomes.wrong++;
          outcomes.wrongFlagged++;
          if (code === "NO_DIGIT_FOUND") style.refused++;
          else otherErrors[code!] = (otherErrors[code!] ?? 0) + 1;
          addFailure({ id: sample.id, style: sample.style, label: sample.label, predicted: null, error: code });
        }
      } else {
        const kind = kinds.get(sample.style)!;
        kind.count++;
        if (code === "NO_DIGIT_FOUND") kind.refused++;
        else {
          if (code) otherErrors[code] = (otherErrors[code] ?? 0) + 1;
          addFailure({ id: sample.id, style: sample.style, label: null, predicted: null, error: code });
        }
      }
    }
    if (pending.length >= CLASSIFY_BATCH) await classifyPending();
    done += chunk.length;
    options.onProgress?.(done, total);
  };

  let chunk: RealisticSample[] = [];
  for await (const sample of generateRealisticSet({ count, nonDigitCount, seed, mnistDir: options.mnistDir, ...(options.source ? { test: options.source } : {}) })) {
    chunk.push(sample);
    if (chunk.length >= concurrency) {
      await processChunk(chunk);
      chunk = [];
    }
  }
  if (chunk.length > 0) await processChunk(chunk);
  await classifyPending();

  const byStyle = [...styles.values()]
    .filter((style) => style.count > 0)
    .map(({ similaritySum, accepted, ...style }) => ({ ...style, accuracy: style.correct / style.count, similarity: accepted ? similaritySum / accepted : 0 }));
  const byNonDigitKind = [...kinds.values()].filter((kind) => kind.count > 0).map((kind) => ({ ...kind, refusalRate: kind.refused / kind.count }));
  const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
  const acceptedDigits = sum([...styles.values()].map((style) => style.accepted));
  return {
    seed,
    digitCount: count,
    nonDigitCount,
    accuracy: count ? sum(byStyle.map((style) => style.correct)) / count : 0,
    outcomes,
    digitRefusalRate: count ? sum(byStyle.map((style) => style.refused)) / count : 0,
    similarity: acceptedDigits ? sum([...styles.values()].map((style) => style.similaritySum)) / acceptedDigits : 0,
    sourceAccuracy: acceptedDigits ? sourceCorrect / acceptedDigits : 0,
    byStyle,
    nonDigitRefusalRate: nonDigitCount ? sum(byNonDigitKind.map((kind) => kind.refused)) / nonDigitCount : 0,
    byNonDigitKind,
    otherErrors,
    confusion,
    failures,
    imagesPerSecond: preprocessMs ? (preprocessed / preprocessMs) * 1000 : 0,
    seconds: (performance.now() - started) / 1000,
  };
}
