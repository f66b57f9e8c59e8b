import type { LuminanceImage } from "./gray-image.js";
import { scratch } from "./scratch-buffers.js";

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
/** Every other row: a block's quantiles hardly move, and the pass costs half as much. */
const ROW_STEP = 2;

/** Per-block quantiles (levels ascending, results in 0..1) from 8-bit histograms of every other row: one pass whatever the block count. */
export function blockQuantiles(image: LuminanceImage, targetBlocks: number, minBlockSide: number, levels: readonly number[]): BlockGrid {
  const { width, height, data } = image;
  const side = Math.max(minBlockSide, Math.ceil(Math.max(width, height) / targetBlocks));
  const columns = Math.max(1, Math.round(width / side));
  const rows = Math.max(1, Math.round(height / side));
  const blocks = columns * rows;
  const histograms = scratch.uint32("block-histograms", blocks * BINS);
  const counts = new Float64Array(blocks);
  for (let row = 0; row < rows; row++) {
    const y0 = Math.floor((row * height) / rows);
    const y1 = Math.floor(((row + 1) * height) / rows);
    for (let column = 0; column < columns; column++) {
      const x0 = Math.floor((column * width) / columns);
      const x1 = Math.floor(((column + 1) * width) / columns);
      const block = row * columns + column;
      const base = block * BINS;
      counts[block] = Math.ceil((y1 - y0) / ROW_STEP) * (x1 - x0);
      for (let y = y0; y < y1; y += ROW_STEP) {
        const end = y * width + x1;
        // Runs of one grey level (blank paper, canvas) are counted in a register, not by
        // incrementing the same histogram cell over and over.
        let previous = data[y * width + x0]!;
        let run = 0;
        for (let i = y * width + x0; i < end; i++) {
          const value = data[i]!;
          if (value === previous) run++;
          else {
            histograms[base + previous]! += run;
            previous = value;
            run = 1;
          }
        }
        histograms[base + previous]! += run;
      }
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
    const total = counts[block]!;
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
