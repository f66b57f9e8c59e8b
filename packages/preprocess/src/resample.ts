import { scratch } from "./scratch-buffers.js";
import type { GrayImage } from "./gray-image.js";

interface AxisWeights {
  start: Int32Array;
  count: Int32Array;
  weights: Float32Array;
  stride: number;
}

// Shrinking integrates the source over each output pixel (anti-aliased, mass-preserving);
// enlarging interpolates linearly between source pixel centres. The arrays are scratch (named per
// axis): only this call's passes read them, and every element read is written first.
function axisWeights(sourceLength: number, targetLength: number, axis: "x" | "y"): AxisWeights {
  const scale = sourceLength / targetLength;
  const stride = Math.ceil(Math.max(scale, 1)) + 2;
  const start = scratch.int32(`resample-start-${axis}`, targetLength, false);
  const count = scratch.int32(`resample-count-${axis}`, targetLength, false);
  const weights = scratch.float32(`resample-weights-${axis}`, targetLength * stride, false);
  for (let out = 0; out < targetLength; out++) {
    const base = out * stride;
    if (scale > 1) {
      const from = out * scale;
      const to = from + scale;
      const first = Math.floor(from);
      const last = Math.min(sourceLength - 1, Math.ceil(to) - 1);
      start[out] = first;
      count[out] = last - first + 1;
      for (let source = first; source <= last; source++) {
        const overlap = Math.min(to, source + 1) - Math.max(from, source);
        weights[base + source - first] = overlap / scale;
      }
    } else {
      const centre = Math.min(sourceLength - 1, Math.max(0, (out + 0.5) * scale - 0.5));
      const first = Math.min(Math.floor(centre), Math.max(0, sourceLength - 2));
      const fraction = centre - first;
      start[out] = first;
      count[out] = sourceLength > 1 ? 2 : 1;
      weights[base] = sourceLength > 1 ? 1 - fraction : 1;
      if (sourceLength > 1) weights[base + 1] = fraction;
    }
  }
  return { start, count, weights, stride };
}

/**
 * Each source row resampled across into `rows`; `spans` gets, per row, the output columns [from, to)
 * that reach its ink (outside them the row's outputs are 0 and left unwritten).
 */
function resampleRows(source: GrayImage, targetWidth: number, horizontal: AxisWeights, rows: Float32Array, spans: Int32Array): void {
  const { width, height, data } = source;
  const { start, count, weights, stride } = horizontal;
  for (let y = 0; y < height; y++) {
    const rowOffset = y * width;
    // Digit crops are mostly blank: outputs whose source pixels are all 0 are 0 without summing (x + 0 is x).
    let inkFrom = 0;
    while (inkFrom < width && data[rowOffset + inkFrom] === 0) inkFrom++;
    let inkTo = width - 1;
    while (inkTo > inkFrom && data[rowOffset + inkTo] === 0) inkTo--;
    // Block starts and ends only grow along the row, so the outputs reaching [inkFrom, inkTo] are a run.
    let from = 0;
    while (from < targetWidth && start[from]! + count[from]! <= inkFrom) from++;
    let to = from;
    while (to < targetWidth && start[to]! <= inkTo) to++;
    spans[2 * y] = from;
    spans[2 * y + 1] = to;
    for (let x = from; x < to; x++) {
      const first = rowOffset + start[x]!;
      const base = x * stride;
      let sum = 0;
      for (let k = 0; k < count[x]!; k++) sum += weights[base + k]! * data[first + k]!;
      rows[y * targetWidth + x] = sum;
    }
  }
}

/** The rows resampled down into `out`, term by term in source-row order (each sum rounded to float32 as it grows). */
function resampleColumns(rows: Float32Array, spans: Int32Array, targetWidth: number, vertical: AxisWeights, out: Float32Array): void {
  const { start, count, weights, stride } = vertical;
  const targetHeight = out.length / targetWidth;
  for (let y = 0; y < targetHeight; y++) {
    const outOffset = y * targetWidth;
    for (let k = 0; k < count[y]!; k++) {
      const weight = weights[y * stride + k]!;
      const row = start[y]! + k;
      const rowOffset = row * targetWidth;
      // Outside the row's span its values are 0, and adding 0 leaves a sum as it is.
      for (let x = spans[2 * row]!, to = spans[2 * row + 1]!; x < to; x++) out[outOffset + x]! += weight * rows[rowOffset + x]!;
    }
  }
}

/** Separable resize to targetWidth x targetHeight: box-filtered when shrinking, bilinear when enlarging. */
export function resample(source: GrayImage, targetWidth: number, targetHeight: number): GrayImage {
  const horizontal = axisWeights(source.width, targetWidth, "x");
  const vertical = axisWeights(source.height, targetHeight, "y");
  const rows = scratch.float32("resample-rows", targetWidth * source.height, false);
  const spans = scratch.int32("resample-spans", 2 * source.height, false);
  resampleRows(source, targetWidth, horizontal, rows, spans);
  const out = new Float32Array(targetWidth * targetHeight);
  resampleColumns(rows, spans, targetWidth, vertical, out);
  return { width: targetWidth, height: targetHeight, data: out };
}
