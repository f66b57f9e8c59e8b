import type { BlockGrid } from "./block-quantiles.js";
import { renderSurface, type Surface } from "./smooth-surface.js";

/** A block this much darker than its neighbourhood's paper is covered by ink, not in shadow. */
const LOCAL_DROP = 0.12;
/** ... or this much darker than the global trend, for ink areas wider than the neighbourhood. */
const GLOBAL_DROP = 0.3;

/**
 * Paper brightness per block: the block's own paper-side quantile, except where ink covers the
 * whole block (markedly darker than the neighbouring blocks, or than the robust surface), which
 * takes the neighbours' median or the surface. Local enough to follow light a polynomial
 * cannot (a highlight clipped to white, a shadow's edge, a steep vignette), coarse enough not
 * to follow strokes.
 */
export function paperGrid(grid: BlockGrid, samples: Float64Array, surface: Surface): Float64Array {
  const { columns, rows } = grid;
  const fitted = renderSurface(surface, columns, rows);
  const local = new Float64Array(samples.length);
  const neighbourhood: number[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      neighbourhood.length = 0;
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const r = row + dy;
          const c = column + dx;
          if (r >= 0 && c >= 0 && r < rows && c < columns) neighbourhood.push(samples[r * columns + c]!);
        }
      }
      neighbourhood.sort((a, b) => a - b);
      const around = neighbourhood[Math.floor(neighbourhood.length / 2)]!;
      const b = row * columns + column;
      const value = samples[b]!;
      if (around < fitted[b]! * (1 - GLOBAL_DROP)) local[b] = fitted[b]!;
      else if (value < around * (1 - LOCAL_DROP)) local[b] = around;
      else if (value < fitted[b]! * (1 - GLOBAL_DROP)) local[b] = fitted[b]!;
      else local[b] = value;
    }
  }
  return local;
}

/**
 * Bilinear interpolation of per-block values (given at block centres) at pixel centres, and
 * linear extrapolation over the outer half-block, where vignetting is steepest.
 */
export class GridInterpolator {
  private readonly left: Int32Array;
  private readonly fraction: Float32Array;
  private readonly rowValues: Float64Array;

  constructor(
    private readonly values: Float64Array,
    private readonly columns: number,
    private readonly rows: number,
    private readonly width: number,
    private readonly height: number,
  ) {
    this.left = new Int32Array(width);
    this.fraction = new Float32Array(width);
    for (let x = 0; x < width; x++) {
      const position = ((x + 0.5) / width) * columns - 0.5;
      const left = Math.max(0, Math.min(columns - 2, Math.floor(position)));
      this.left[x] = left;
      this.fraction[x] = columns > 1 ? position - left : 0;
    }
    this.rowValues = new Float64Array(columns + 1);
  }

  /** Fills `out` (length width) with the interpolated values of pixel row `y`. */
  row(y: number, out: Float32Array): void {
    const { columns, rows, values, rowValues } = this;
    const position = ((y + 0.5) / this.height) * rows - 0.5;
    const top = Math.max(0, Math.min(rows - 2, Math.floor(position)));
    const t = rows > 1 ? position - top : 0;
    const bottom = Math.min(rows - 1, top + 1);
    for (let c = 0; c < columns; c++) rowValues[c] = values[top * columns + c]! * (1 - t) + values[bottom * columns + c]! * t;
    rowValues[columns] = rowValues[columns - 1]!;
    for (let x = 0; x < this.width; x++) {
      const left = this.left[x]!;
      const f = this.fraction[x]!;
      out[x] = rowValues[left]! * (1 - f) + rowValues[left + 1]! * f;
    }
  }

  /** The interpolated value at one pixel. */
  at(x: number, y: number): number {
    const row = new Float32Array(this.width);
    this.row(Math.min(this.height - 1, Math.max(0, Math.round(y))), row);
    return row[Math.min(this.width - 1, Math.max(0, Math.round(x)))]!;
  }
}
