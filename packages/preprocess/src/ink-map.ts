import { blockQuantiles } from "./block-quantiles.js";
import type { GrayImage } from "./gray-image.js";
import { fitRobustSurface, renderSurface } from "./smooth-surface.js";

export interface InkMap {
  /** 0 on paper, rising to about the ink's contrast on strokes: 1 - luminance / paper, in 0..1. */
  ink: GrayImage;
  /** Robust standard deviation of `ink` on bare paper (sensor noise, texture, JPEG artefacts). */
  noise: number;
  /** True for dark ink on a light ground (the usual upload), false for light ink on dark. */
  darkInk: boolean;
  /** INK_BINS-bin histogram of `ink` (bin = floor(ink * INK_BINS)), for quantiles without another pass. */
  histogram: Uint32Array;
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

/**
 * Decides which side of the background the ink lies on from per-block statistics, then
 * divides out the paper's own brightness (a robust polynomial through the paper side of each
 * block), which removes paper colour, gradients and vignetting in one step.
 */
export function extractInk(gray: GrayImage): InkMap {
  const { width, height, data } = gray;
  const grid = blockQuantiles(gray, GRID_BLOCKS, MIN_BLOCK_SIDE, [TAIL, 0.1, 0.5, 0.9, 1 - TAIL]);
  const [lowTail, low, middle, high, highTail] = grid.quantiles as [Float64Array, Float64Array, Float64Array, Float64Array, Float64Array];
  const blocks = middle.length;

  const spread = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) spread[b] = (high[b]! - low[b]!) / 2.563;
  const luminanceNoise = median(spread);
  const threshold = Math.max(3 * luminanceNoise, 0.04);
  const centre = fitRobustSurface(grid.u, grid.v, middle, MAX_DEGREE, 2.5, 2.5);
  const centreValues = renderSurface(centre, grid.columns, grid.rows);
  let darkMass = 0;
  let lightMass = 0;
  for (let b = 0; b < blocks; b++) {
    darkMass += Math.max(0, centreValues[b]! - lowTail[b]! - threshold);
    lightMass += Math.max(0, highTail[b]! - centreValues[b]! - threshold);
  }
  const darkInk = darkMass >= lightMass;

  const paperSamples = darkInk ? high : low.map((value) => 1 - value);
  const paper = renderSurface(fitRobustSurface(grid.u, grid.v, paperSamples, MAX_DEGREE, 2, 3.5), width, height);
  const ink = new Float32Array(width * height);
  const histogram = new Uint32Array(INK_BINS);
  let paperSum = 0;
  for (let i = 0; i < ink.length; i++) {
    const luminance = darkInk ? data[i]! : 1 - data[i]!;
    const level = paper[i]! > 0.03 ? paper[i]! : 0.03;
    paperSum += level;
    const contrast = 1 - luminance / level;
    const value = contrast <= 0 ? 0 : contrast >= 1 ? 1 : contrast;
    ink[i] = value;
    histogram[value >= 1 ? INK_BINS - 1 : Math.floor(value * INK_BINS)]!++;
  }
  const noise = luminanceNoise / (paperSum / ink.length);
  return { ink: { width, height, data: ink }, noise, darkInk, histogram };
}
