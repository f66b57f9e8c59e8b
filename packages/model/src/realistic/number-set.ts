import { loadMnist, type DigitSet } from "../data/mnist.js";
import { IMAGE_PIXELS, IMAGE_SIDE } from "../data/idx.js";
import { createRandom, uniform, type Random } from "../random.js";
import { composeCanvas, composePhoto, type Rgb } from "./compose-image.js";
import { renderDigitCoverage, type Coverage, type StrokeModel } from "./digit-coverage.js";
import { encodeImage } from "./encode-image.js";
import { fastGaussian } from "./noise-fields.js";
import { blackInk, blueBallpoint, chance, photoBlur, photoPaper, pick } from "./sampling.js";

/** How far apart neighbouring digits are drawn, as a share of the digit height between their ink boxes. */
export const NUMBER_SPACINGS = {
  wide: [0.25, 0.6],
  close: [0.06, 0.25],
  touching: [-0.04, 0.02],
  overlapping: [-0.12, -0.04],
} as const;
export type NumberSpacing = keyof typeof NUMBER_SPACINGS;
const SPACING_WEIGHTS: Array<[NumberSpacing, number]> = [
  ["wide", 0.35],
  ["close", 0.35],
  ["touching", 0.2],
  ["overlapping", 0.1],
];
export const NUMBER_LOOKS = ["canvas", "photo"] as const;
export type NumberLook = (typeof NUMBER_LOOKS)[number];

export interface NumberSample {
  id: string;
  /** The digits left to right. */
  label: string;
  spacing: NumberSpacing;
  look: NumberLook;
  /** True when some neighbouring digits' strokes actually meet (what segmentation has to cut). */
  touching: boolean;
  /** Each digit's ink columns [left, right) in image pixels, left to right (to score where digits were cut). */
  digitColumns: Array<{ left: number; right: number }>;
  bytes: Buffer;
  width: number;
  height: number;
}

export interface NumberSetOptions {
  count?: number;
  seed?: number;
  mnistDir?: string;
  /** Digits to draw from instead of the MNIST test split. */
  source?: DigitSet;
  minDigits?: number;
  maxDigits?: number;
  /** Indices of `source` the digits are drawn from (default: all of them). */
  digitPool?: ArrayLike<number>;
}

export const DEFAULT_NUMBER_COUNT = 600;
export const DEFAULT_NUMBER_SEED = 4242;
/** The validation set's seed: thresholds and priors are tuned on it, never on the reported set. */
export const VALIDATION_NUMBER_SEED = 7331;

function sampleRandom(seed: number, i: number): Random {
  return createRandom((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
}

/** The number's length and the indices of its digits: the first draws of each sample's own generator. */
function drawDigits(
  random: Random,
  minDigits: number,
  maxDigits: number,
  sourceCount: number,
  pool: ArrayLike<number> | undefined,
): number[] {
  const length = minDigits + Math.floor(random() * (maxDigits - minDigits + 1));
  return Array.from({ length }, () =>
    pool ? pool[Math.floor(random() * pool.length)]! : Math.floor(random() * sourceCount),
  );
}

/**
 * The source digits the reported set (default seed, count and lengths, whole source) draws, found by
 * replaying only its index draws: the validation set draws from the others, so no digit is in both.
 */
export function reportedDigitIndices(
  sourceCount: number,
  count = DEFAULT_NUMBER_COUNT,
  seed = DEFAULT_NUMBER_SEED,
): Set<number> {
  const used = new Set<number>();
  for (let i = 0; i < count; i++)
    for (const index of drawDigits(sampleRandom(seed, i), 2, 8, sourceCount, undefined)) used.add(index);
  return used;
}

/** Options for the validation set: its own seed and only source digits the reported set never uses. */
export function validationNumberOptions(
  source: DigitSet,
  reportedCount = DEFAULT_NUMBER_COUNT,
): Pick<NumberSetOptions, "seed" | "digitPool" | "source"> {
  const used = reportedDigitIndices(source.count, reportedCount);
  const digitPool = Int32Array.from({ length: source.count }, (_, i) => i).filter((i) => !used.has(i));
  return { seed: VALIDATION_NUMBER_SEED, digitPool, source };
}

function weighted<T>(random: Random, items: Array<[T, number]>): T {
  let roll = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  return items.at(-1)![0];
}

/** Columns of the 28x28 frame that hold ink (values above a faint threshold). */
function inkColumns(digit: Uint8Array): { left: number; right: number } {
  let left = IMAGE_SIDE;
  let right = -1;
  for (let i = 0; i < IMAGE_PIXELS; i++) {
    if (digit[i]! < 40) continue;
    left = Math.min(left, i % IMAGE_SIDE);
    right = Math.max(right, i % IMAGE_SIDE);
  }
  return right < 0 ? { left: 13, right: 14 } : { left, right: right + 1 };
}

function touches(a: Coverage, b: Coverage): boolean {
  const { width, height } = a;
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      if (a.data[y * width + x]! < 0.3) continue;
      for (let dy = -1; dy <= 1; dy++)
        for (let dx = -1; dx <= 1; dx++) if (b.data[(y + dy) * width + x + dx]! >= 0.3) return true;
    }
  }
  return false;
}

function coverageColumns(coverage: Coverage): { left: number; right: number } {
  let left = coverage.width;
  let right = 0;
  for (let y = 0; y < coverage.height; y++) {
    for (let x = 0; x < coverage.width; x++) {
      if (coverage.data[y * coverage.width + x]! < 0.3) continue;
      left = Math.min(left, x);
      right = Math.max(right, x + 1);
    }
  }
  return { left, right };
}

async function renderNumber(
  digits: Uint8Array[],
  spacing: NumberSpacing,
  look: NumberLook,
  random: Random,
): Promise<Omit<NumberSample, "id" | "label">> {
  const scale = uniform(random, 2.6, 5);
  const digitHeight = 20 * scale;
  const [minGap, maxGap] = NUMBER_SPACINGS[spacing];
  const pen = uniform(random, 0.08, 0.16) * digitHeight;
  const stroke: StrokeModel =
    look === "canvas" || chance(random, 0.5)
      ? { kind: "pen", width: pen }
      : { kind: "shape", threshold: uniform(random, 0.35, 0.6) };
  const slope = uniform(random, -0.08, 0.08);
  const margin = Math.round(uniform(random, 0.4, 1.2) * digitHeight);
  // Lay the digits out along x first (ink box to ink box), then size the image around them.
  const placements: Array<{ centreX: number; dy: number; scale: number; angle: number }> = [];
  let penX = 0;
  for (const digit of digits) {
    const own = scale * uniform(random, 0.92, 1.08);
    const { left, right } = inkColumns(digit);
    const gap = placements.length === 0 ? 0 : uniform(random, minGap, maxGap) * digitHeight;
    const inkLeft = penX + gap;
    const centreX = inkLeft + (13.5 - left + 0.5) * own;
    placements.push({
      centreX,
      dy: fastGaussian(random) * 0.05 * digitHeight,
      scale: own,
      angle: uniform(random, -0.12, 0.12),
    });
    penX = inkLeft + (right - left) * own;
  }
  const width = Math.round(penX + 2 * margin);
  const height = Math.round(digitHeight * 1.5 + 2 * margin * 0.6 + Math.abs(slope) * width);
  const baseY = height / 2 - (slope * width) / 2;
  const coverages = digits.map((digit, i) => {
    const { centreX, dy, scale: own, angle } = placements[i]!;
    const x = centreX + margin;
    return renderDigitCoverage(
      digit,
      { width, height, scale: own, angle, aspect: 1, centreX: x, centreY: baseY + slope * x + dy },
      stroke,
    );
  });
  const digitColumns = coverages.map(coverageColumns);
  let touching = false;
  for (let i = 1; i < coverages.length && !touching; i++)
    touching = touches(coverages[i - 1]!, coverages[i]!);
  const data = new Float32Array(width * height);
  for (const coverage of coverages)
    for (let p = 0; p < data.length; p++) data[p] = Math.max(data[p]!, coverage.data[p]!);
  const combined: Coverage = { width, height, data };
  if (look === "canvas") {
    const ink: Rgb = chance(random, 0.8) ? { r: 0, g: 0, b: 0 } : { r: 30, g: 60, b: 200 };
    const raw = composeCanvas(combined, chance(random, 0.8) ? "white" : "transparent", ink);
    return {
      spacing,
      look,
      touching,
      digitColumns,
      bytes: await encodeImage(raw, width, height, 4, { encoding: { format: "png" } }),
      width,
      height,
    };
  }
  const raw = composePhoto(
    combined,
    combined,
    photoPaper(random),
    {
      ink: chance(random, 0.6) ? blackInk(random) : blueBallpoint(random),
      opacity: uniform(random, 0.85, 1),
      grain: 0,
    },
    random,
  );
  const encode = {
    encoding: { format: "jpeg" as const, quality: Math.round(uniform(random, 60, 92)) },
    blur: photoBlur(random, combined, 0.8),
  };
  return {
    spacing,
    look,
    touching,
    digitColumns,
    bytes: await encodeImage(raw, width, height, 3, encode),
    width,
    height,
  };
}

/**
 * A seeded set of handwritten numbers made of MNIST test digits (writers the model never trained on):
 * 2 to 8 digits from wide apart to touching and overlapping, on a slanted, jittered baseline, each digit
 * slightly turned and resized, as canvas drawings and as photos on paper.
 */
export async function* generateNumberSet(options: NumberSetOptions = {}): AsyncGenerator<NumberSample> {
  const count = options.count ?? DEFAULT_NUMBER_COUNT;
  const seed = options.seed ?? DEFAULT_NUMBER_SEED;
  const minDigits = options.minDigits ?? 2;
  const maxDigits = options.maxDigits ?? 8;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!(minDigits >= 1 && maxDigits >= minDigits))
    throw new RangeError(`digits per number must satisfy 1 <= min <= max, got ${minDigits}..${maxDigits}`);
  const source = options.source ?? (await loadMnist(options.mnistDir, ["test"])).test;
  for (let i = 0; i < count; i++) {
    const random = sampleRandom(seed, i);
    const indices = drawDigits(random, minDigits, maxDigits, source.count, options.digitPool);
    const digits = indices.map((index) =>
      source.images.subarray(index * IMAGE_PIXELS, (index + 1) * IMAGE_PIXELS),
    );
    const spacing = weighted(random, SPACING_WEIGHTS);
    const look = pick(random, NUMBER_LOOKS);
    const rendered = await renderNumber(digits, spacing, look, random);
    yield {
      id: `number-${seed}-${i}`,
      label: indices.map((index) => String(source.labels[index])).join(""),
      ...rendered,
    };
  }
}
