import type { Box } from "./connected-components.js";
import { PreprocessError } from "./errors.js";
import type { GrayImage } from "./gray-image.js";
import { resample } from "./resample.js";
import { scratch } from "./scratch-buffers.js";
import { adjustStrokes, estimateStrokeWidth, maskBox, type Mask } from "./stroke-width.js";

export const MNIST_SIDE = 28;
/** MNIST fits the digit's longer side to 20 pixels. */
export const MNIST_BOX = 20;
/** Centre of mass of MNIST digits in pixel-index coordinates (measured on the test set: 14.00, 13.99). */
export const MNIST_CENTRE = 14;

/** The digit is redrawn at this many pixels per output pixel before the final anti-aliased shrink. */
const SUPERSAMPLE = 4;
const FINE_BOX = MNIST_BOX * SUPERSAMPLE;
/**
 * Stroke width over the digit's longer side, as our estimator reads MNIST (about the 25th-75th percentile
 * of the test set, measured through this same pipeline); strokes outside it are pulled to its edge.
 */
export const MNIST_STROKE_RATIO = { min: 0.1, max: 0.145 } as const;
/** Filled shapes, not pen strokes: a solid disc reads 0.5, the boldest marker digits stay under 0.32. */
const MAX_STROKE_RATIO = 0.38;

export interface MnistLayout {
  /** 784 values in 0..1, white ink on black, row-major. */
  input: Float32Array;
  strokeRatio: number;
}

/**
 * The threshold at which the binary area equals the ink's mass: 0.5 for strokes with symmetric
 * soft edges, lower for hairlines whose ink is spread thin over pixels wider than the line.
 */
function areaPreservingThreshold(values: Float32Array): number {
  const bins = 256;
  const histogram = new Uint32Array(bins);
  let mass = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (value <= 0) continue;
    mass += value;
    histogram[Math.min(bins - 1, Math.floor(value * bins))]!++;
  }
  let area = 0;
  for (let bin = bins - 1; bin > 0; bin--) {
    area += histogram[bin]!;
    if (area >= mass) return Math.min(0.5, bin / bins);
  }
  return 1 / bins;
}

/** Redraws the crop at 80 px on its longer side inside a margin wide enough for stroke growth. */
function fineMask(crop: GrayImage): Mask {
  const scale = FINE_BOX / Math.max(crop.width, crop.height);
  const width = Math.max(1, Math.round(crop.width * scale));
  const height = Math.max(1, Math.round(crop.height * scale));
  const fine = resample(crop, width, height);
  const threshold = areaPreservingThreshold(fine.data);
  const margin = SUPERSAMPLE * 4;
  const paddedWidth = width + 2 * margin;
  const data = new Uint8Array(paddedWidth * (height + 2 * margin));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) data[(y + margin) * paddedWidth + x + margin] = fine.data[y * width + x]! >= threshold ? 1 : 0;
  }
  return { width: paddedWidth, height: height + 2 * margin, data };
}

/** The box of the mask as values for resample (a scratch array: every element is written, only resample reads it). */
function cropMask(mask: Mask, box: Box): GrayImage {
  const data = scratch.float32("mnist-crop-mask", box.width * box.height, false);
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) data[y * box.width + x] = mask.data[(box.y + y) * mask.width + box.x + x]!;
  }
  return { width: box.width, height: box.height, data };
}

// Thinning by r shrinks the box by 2r too, so solve (w - 2r) / (L - 2r) = target for r.
function radiusFor(width: number, length: number, target: number): number {
  return (width - target * length) / (2 * (1 - target));
}

/**
 * MNIST's own recipe on a clean binary redraw: longer side to 20 px, anti-aliased by area
 * averaging, then shifted so the centre of mass lands on (14, 14) of the 28x28 frame.
 */
export function layoutLikeMnist(crop: GrayImage, normalizeStrokeWidth: boolean): MnistLayout {
  let mask = fineMask(crop);
  let box = maskBox(mask);
  if (!box) throw new PreprocessError("NO_DIGIT_FOUND", "No digit found: the marks vanish once faint edges are ignored.");
  const strokeRatio = estimateStrokeWidth(mask) / Math.max(box.width, box.height);
  if (strokeRatio > MAX_STROKE_RATIO) {
    throw new PreprocessError(
      "NO_DIGIT_FOUND",
      `No digit found: the dark region is a filled blob (stroke width ${(strokeRatio * 100).toFixed(0)}% of its size), not pen strokes.`,
    );
  }
  if (normalizeStrokeWidth && (strokeRatio < MNIST_STROKE_RATIO.min || strokeRatio > MNIST_STROKE_RATIO.max)) {
    const target = strokeRatio < MNIST_STROKE_RATIO.min ? MNIST_STROKE_RATIO.min : MNIST_STROKE_RATIO.max;
    const length = Math.max(box.width, box.height);
    const adjusted = adjustStrokes(mask, -radiusFor(strokeRatio * length, length, target));
    const adjustedBox = maskBox(adjusted);
    if (adjustedBox) {
      mask = adjusted;
      box = adjustedBox;
    }
  }

  const scale = MNIST_BOX / Math.max(box.width, box.height);
  const width = Math.max(1, Math.min(MNIST_BOX, Math.round(box.width * scale)));
  const height = Math.max(1, Math.min(MNIST_BOX, Math.round(box.height * scale)));
  const small = resample(cropMask(mask, box), width, height);

  let mass = 0;
  let sumX = 0;
  let sumY = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = small.data[y * width + x]!;
      mass += value;
      sumX += value * x;
      sumY += value * y;
    }
  }
  const left = Math.min(MNIST_SIDE - width, Math.max(0, Math.round(MNIST_CENTRE - sumX / mass)));
  const top = Math.min(MNIST_SIDE - height, Math.max(0, Math.round(MNIST_CENTRE - sumY / mass)));
  const input = new Float32Array(MNIST_SIDE * MNIST_SIDE);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) input[(top + y) * MNIST_SIDE + left + x] = Math.min(1, small.data[y * width + x]!);
  }
  return { input, strokeRatio };
}
