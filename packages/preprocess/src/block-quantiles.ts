import type { GrayImage } from "./gray-image.js";

export interface BlockGrid {
  columns: number;
  rows: number;
  /** Block centres in normalised coordinates (-1..1), one per block, row-major. */
  u: Float64Array;
  v: Float64Array;
  /** quantiles[q][block]: the q-th requested quantile of the block's values. */
  quantiles: Float64Array[];
}

const BINS = 256;

/** Per-block quantiles (levels ascending) from 256-bin histograms: one pass over the image whatever the block count. */
export function blockQuantiles(image: GrayImage, targetBlocks: number, minBlockSide: number, levels: readonly number[]): BlockGrid {
  const { width, height, data } = image;
  const side = Math.max(minBlockSide, Math.ceil(Math.max(width, height) / targetBlocks));
  const columns = Math.max(1, Math.round(width / side));
  const rows = Math.max(1, Math.round(height / side));
  const blocks = columns * rows;
  const histograms = new Uint32Array(blocks * BINS);
  const columnOf = new Int32Array(width);
  for (let x = 0; x < width; x++) columnOf[x] = Math.min(columns - 1, Math.floor((x * columns) / width));
  for (let y = 0; y < height; y++) {
    const rowBase = Math.min(rows - 1, Math.floor((y * rows) / height)) * columns;
    const offset = y * width;
    for (let x = 0; x < width; x++) {
      // Luminance is already 0..1 here; the clamp only guards against float rounding.
      const bin = (Math.min(1, Math.max(0, data[offset + x]!)) * (BINS - 1) + 0.5) | 0;
      histograms[(rowBase + columnOf[x]!) * BINS + bin]!++;
    }
  }
  const u = new Float64Array(blocks);
  const v = new Float64Array(blocks);
  const quantiles = levels.map(() => new Float64Array(blocks));
  for (let block = 0; block < blocks; block++) {
    const column = block % columns;
    const row = Math.floor(block / columns);
    u[block] = ((column + 0.5) / columns) * 2 - 1;
    v[block] = ((row + 0.5) / rows) * 2 - 1;
    const base = block * BINS;
    let total = 0;
    for (let bin = 0; bin < BINS; bin++) total += histograms[base + bin]!;
    // Levels are ascending, so one cumulative scan serves them all.
    let seen = 0;
    let bin = 0;
    levels.forEach((level, index) => {
      const rank = level * (total - 1);
      while (bin < BINS - 1 && seen + histograms[base + bin]! <= rank) seen += histograms[base + bin++]!;
      quantiles[index]![block] = bin / (BINS - 1);
    });
  }
  return { columns, rows, u, v, quantiles };
}
