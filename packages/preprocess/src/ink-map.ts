import { blockQuantiles } from "./block-quantiles.js";
import type { GrayImage, LuminanceImage } from "./gray-image.js";
import { scratch } from "./scratch-buffers.js";
import type { GrayRegion } from "./to-grayscale.js";
import { fitRobustSurface, renderSurface, rowPolynomial } from "./smooth-surface.js";

export interface InkMap {
  /** 0 on paper, rising to about the ink's contrast on strokes: 1 - luminance / paper, in 0..1. */
  ink: GrayImage;
  /** Robust standard deviation of `ink` on bare paper (sensor noise, texture, JPEG artefacts). */
  noise: number;
  /**
   * Noise of `ink` at a pixel: sensor noise is roughly constant in luminance, so dividing by a
   * dim paper level (a dark corner) makes the ink there noisier than `noise` says.
   */
  noiseAt: (x: number, y: number) => number;
  /** True for dark ink on a light ground (the usual upload), false for light ink on dark. */
  darkInk: boolean;
  /** INK_BINS-bin histogram of `ink` (bin = floor(ink * INK_BINS)), for quantiles without another pass. */
  histogram: Uint32Array;
  /**
   * Set when `ink` covers only a part of a larger image, all bare paper outside it: `ink`'s pixel
   * (0, 0) is the image's (x, y), and the image is width x height.
   */
  placement?: { x: number; y: number; width: number; height: number };
}

export const INK_BINS = 1024;
const GRID_BLOCKS = 16;
const MIN_BLOCK_SIDE = 4;
const MAX_DEGREE = 3;
// Tails far enough out to catch a thin stroke crossing a block, where paper noise is symmetric and cancels.
const TAIL = 0.02;

function median(values: Float64Array): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** At least this share of a clean canvas's pixels are exactly its background level. */
const MIN_CANVAS_BACKGROUND = 0.6;

interface CleanInk {
  darkInk: boolean;
  /** The commonest luminance value: the canvas's ground. */
  background: number;
  /** Ink per luminance value. */
  table: Float32Array;
  histogram: Uint32Array;
}

/** The clean-canvas reading of an image's luminance histogram (see cleanCanvasInk), or undefined. */
function cleanInkTable(levels: Uint32Array, pixels: number): CleanInk | undefined {
  let background = 0;
  for (let value = 1; value < 256; value++) if (levels[value]! > levels[background]!) background = value;
  if (levels[background]! < MIN_CANVAS_BACKGROUND * pixels) return undefined;
  let darker = 0;
  for (let value = 0; value < background; value++) darker += levels[value]!;
  const lighter = pixels - levels[background]! - darker;
  if (darker > 0 && lighter > 0) return undefined;
  // Ink on both sides is a photo or a shaded ground; none at all is a blank canvas, dark ink by convention.
  const darkInk = lighter === 0;
  const level = Math.max(0.03, darkInk ? background / 255 : 1 - background / 255);
  const table = new Float32Array(256);
  const histogram = new Uint32Array(INK_BINS);
  for (let value = 0; value < 256; value++) {
    const luminance = darkInk ? value / 255 : 1 - value / 255;
    const contrast = Math.min(1, Math.max(0, 1 - luminance / level));
    table[value] = contrast;
    histogram[Math.min(INK_BINS - 1, Math.floor(contrast * INK_BINS))]! += levels[value]!;
  }
  return { darkInk, background, table, histogram };
}

/** Adds the image's luminance values to `levels`, counting runs since drawings are mostly long runs of one value. */
function countLevels(data: Uint8Array, levels: Uint32Array): void {
  if (data.length === 0) return;
  let previous = data[0]!;
  let run = 0;
  for (let i = 0; i < data.length; i++) {
    const value = data[i]!;
    if (value === previous) run++;
    else {
      levels[previous]! += run;
      previous = value;
      run = 1;
    }
  }
  levels[previous]! += run;
}

/**
 * Ink per pixel through the table. The ground's level (`background`, most of a drawing) is filled in
 * first, and only the other pixels are looked up, four bytes at a time where the data is aligned:
 * a word of four ground pixels is skipped whole.
 */
function inkOf(gray: LuminanceImage, table: Float32Array, background: number): GrayImage {
  const { width, height, data } = gray;
  const ink = scratch.float32("ink", width * height, false);
  // Made before the loop: code compiled mid-loop then has nothing after it that it never saw run.
  const result = { width, height, data: ink };
  ink.fill(table[background]!);
  const words = new Int32Array(data.buffer, data.byteOffset, data.byteOffset % 4 === 0 ? data.length >> 2 : 0);
  const groundWord = background * 0x01010101 | 0;
  for (let w = 0; w < words.length; w++) {
    if (words[w] === groundWord) continue;
    for (let i = w << 2; i < (w << 2) + 4; i++) if (data[i] !== background) ink[i] = table[data[i]!]!;
  }
  for (let i = words.length << 2; i < ink.length; i++) if (data[i] !== background) ink[i] = table[data[i]!]!;
  return result;
}

/**
 * The ink of a clean drawing (one flat background level, every other pixel on one side of it:
 * antialiased strokes of one colour) without the photo machinery: the paper is that level, the
 * noise zero, which is what extractInk finds for such an image through block statistics and
 * surface fits. Undefined for anything else (photos, scans, textured or shaded grounds).
 */
export function cleanCanvasInk(gray: LuminanceImage): InkMap | undefined {
  const levels = new Uint32Array(256);
  countLevels(gray.data, levels);
  const clean = cleanInkTable(levels, gray.data.length);
  if (!clean) return undefined;
  const { darkInk, background, table, histogram } = clean;
  return { ink: inkOf(gray, table, background), noise: 0, noiseAt: () => 0, darkInk, histogram };
}

/**
 * cleanCanvasInk of a whole width x height image from grayscaleAroundMarks' region of it: the same
 * decision and histogram, the ink only over the region (`placement`), since the pixels outside it
 * are background. Undefined when cleanCanvasInk would be, or when the outside would carry ink.
 */
export function cleanCanvasInkAround(gray: GrayRegion, width: number, height: number): InkMap | undefined {
  const clean = cleanInkTable(gray.levels, width * height);
  if (!clean || (gray.outside > 0 && clean.table[gray.outsideValue] !== 0)) return undefined;
  const { darkInk, background, table, histogram } = clean;
  const placement = { x: gray.region.x, y: gray.region.y, width, height };
  return { ink: inkOf(gray.image, table, background), noise: 0, noiseAt: () => 0, darkInk, histogram, placement };
}

/**
 * Decides which side of the background the ink lies on from per-block statistics, then
 * divides out the paper's own brightness (a robust polynomial through the paper side of each
 * block), which removes paper colour, gradients and vignetting in one step.
 */
export function extractInk(gray: LuminanceImage): InkMap {
  const { width, height, data } = gray;
  const grid = blockQuantiles(gray, GRID_BLOCKS, MIN_BLOCK_SIDE, [TAIL, 0.1, 0.5, 0.9, 1 - TAIL]);
  const [lowTail, low, middle, high, highTail] = grid.quantiles as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const blocks = middle.length;

  const spread = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const upper = high[b]! - middle[b]!;
    const lower = middle[b]! - low[b]!;
    // A stroke crossing a block stretches one tail only: counted whole, stroke contrast passed for paper
    // noise once strokes crossed half the blocks. So a tail counts at most 3x the other (a grey step at least).
    spread[b] = Math.min(upper + lower, 4 * Math.max(Math.min(upper, lower), 1 / 255)) / 2.563;
  }
  const luminanceNoise = median(spread);
  const threshold = Math.max(3 * luminanceNoise, 0.04);
  // Only the polarity test uses this surface; a quadratic follows vignetting well enough for it.
  const centre = fitRobustSurface(grid.u, grid.v, middle, 2, 2.5, 2.5);
  const centreValues = renderSurface(centre, grid.columns, grid.rows);
  let darkMass = 0;
  let lightMass = 0;
  for (let b = 0; b < blocks; b++) {
    darkMass += Math.max(0, centreValues[b]! - lowTail[b]! - threshold);
    lightMass += Math.max(0, highTail[b]! - centreValues[b]! - threshold);
  }
  const darkInk = darkMass >= lightMass;

  const paperSamples = darkInk ? high : low.map((value) => 1 - value);
  const ink = scratch.float32("ink", width * height);
  const histogram = new Uint32Array(INK_BINS);
  const luminance = new Float32Array(256);
  for (let value = 0; value < 256; value++) luminance[value] = darkInk ? value / 255 : 1 - value / 255;
  // Evenly lit paper or a drawing canvas: when three quarters of the blocks agree on the paper
  // level to within a grey step or so, one level serves all and the ink is a table lookup.
  const typical = median(paperSamples);
  let agreeing = 0;
  for (const value of paperSamples) if (Math.abs(value - typical) <= 1.5 / 255) agreeing++;
  if (agreeing >= 0.75 * paperSamples.length) {
    const level = Math.max(0.03, typical);
    const table = new Float32Array(256);
    const bins = new Int32Array(256);
    for (let value = 0; value < 256; value++) {
      const contrast = Math.min(1, Math.max(0, 1 - luminance[value]! / level));
      table[value] = contrast;
      bins[value] = Math.min(INK_BINS - 1, Math.floor(contrast * INK_BINS));
    }
    let previous = data[0] ?? 0;
    let run = 0;
    for (let i = 0; i < ink.length; i++) {
      const value = data[i]!;
      ink[i] = table[value]!;
      if (value === previous) run++;
      else {
        histogram[bins[previous]!]! += run;
        previous = value;
        run = 1;
      }
    }
    histogram[bins[previous]!]! += run;
    const noise = luminanceNoise / level;
    return { ink: { width, height, data: ink }, noise, noiseAt: () => noise, darkInk, histogram };
  }
  const paper = fitRobustSurface(grid.u, grid.v, paperSamples, MAX_DEGREE, 2, 3.5);
  const row = new Float64Array(paper.degree + 1);
  let paperSum = 0;
  for (let y = 0; y < height; y++) {
    rowPolynomial(paper, ((y + 0.5) / height) * 2 - 1, row);
    for (let x = 0; x < width; x++) {
      const u = ((x + 0.5) / width) * 2 - 1;
      let level = 0;
      for (let power = paper.degree; power >= 0; power--) level = level * u + row[power]!;
      if (level < 0.03) level = 0.03;
      paperSum += level;
      const i = y * width + x;
      const contrast = 1 - luminance[data[i]!]! / level;
      const value = contrast <= 0 ? 0 : contrast >= 1 ? 1 : contrast;
      ink[i] = value;
      histogram[value >= 1 ? INK_BINS - 1 : (value * INK_BINS) | 0]!++;
    }
  }
  const noise = luminanceNoise / (paperSum / ink.length);
  const noiseAt = (x: number, y: number): number => {
    rowPolynomial(paper, ((y + 0.5) / height) * 2 - 1, row);
    const u = ((x + 0.5) / width) * 2 - 1;
    let level = 0;
    for (let power = paper.degree; power >= 0; power--) level = level * u + row[power]!;
    return luminanceNoise / Math.max(0.03, level);
  };
  return { ink: { width, height, data: ink }, noise, noiseAt, darkInk, histogram };
}
