import { findDigit } from "./find-digit.js";
import type { GrayImage } from "./gray-image.js";
import { INK_BINS, type InkMap } from "./ink-map.js";
import { layoutLikeMnist } from "./mnist-layout.js";

export interface LaidOutInk {
  /** 784 values in 0..1, white ink on black: what normalizeDigitImage makes of the same marks. */
  input: Float32Array;
  /** Digit-sized ink groups side by side, and those left out of the digit (as NormalizedDigitInfo). */
  parts: number;
  partsLeftOut: number;
}

// A rendered image has no paper noise; a small floor keeps findDigit's noise-relative tests meaningful.
const CLEAN_NOISE = 0.002;

/**
 * The digit-finding and MNIST layout of normalizeDigitImage applied to an already clean ink image
 * (0 background, 1 ink, any size): how training renders its samples exactly as uploads are laid out,
 * without encoding and decoding them. Throws PreprocessError NO_DIGIT_FOUND as uploads would.
 */
export function layoutInkImage(ink: GrayImage, options: { normalizeStrokeWidth?: boolean } = {}): LaidOutInk {
  const histogram = new Uint32Array(INK_BINS);
  const data = new Float32Array(ink.data.length);
  for (let i = 0; i < data.length; i++) {
    const value = Math.min(1, Math.max(0, ink.data[i]!));
    data[i] = value;
    histogram[value >= 1 ? INK_BINS - 1 : Math.floor(value * INK_BINS)]!++;
  }
  const inkMap: InkMap = {
    ink: { width: ink.width, height: ink.height, data },
    noise: CLEAN_NOISE,
    noiseAt: () => CLEAN_NOISE,
    darkInk: false,
    histogram,
  };
  const digit = findDigit(inkMap);
  return { input: layoutLikeMnist(digit.crop, options.normalizeStrokeWidth ?? true).input, parts: digit.parts, partsLeftOut: digit.partsLeftOut };
}
