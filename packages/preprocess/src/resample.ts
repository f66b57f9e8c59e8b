import { scratch } from "./scratch-buffers.js";
import type { GrayImage } from "./gray-image.js";

interface AxisWeights {
  start: Int32Array;
  count: Int32Array;
  weights: Float32Array;
  stride: number;
}

// Shrinking integrates the source over each output pixel (anti-aliased, mass-preserving);
// enlarging interpolates linearly between source pixel centres.
function axisWeights(sourceLength: number, targetLength: number): AxisWeights {
  const scale = sourceLength / targetLength;
  const stride = Math.ceil(Math.max(scale, 1)) + 2;
  const start = new Int32Array(targetLength);
  const count = new Int32Array(targetLength);
  const weights = new Float32Array(targetLength * stride);
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

/** Separable resize to targetWidth x targetHeight: box-filtered when shrinking, bilinear when enlarging. */
export function resample(source: GrayImage, targetWidth: number, targetHeight: number): GrayImage {
  const horizontal = axisWeights(source.width, targetWidth);
  const vertical = axisWeights(source.height, targetHeight);
  // Only this call reads the intermediate rows, so they can live in a scratch array (every element is written).
  const rows = scratch.float32("resample-rows", targetWidth * source.height, false);
  for (let y = 0; y < source.height; y++) {
    const rowOffset = y * source.width;
    // Digit crops are mostly blank: outputs whose source pixels are all 0 are 0 without summing (x + 0 is x).
    let inkFrom = 0;
    while (inkFrom < source.width && source.data[rowOffset + inkFrom] === 0) inkFrom++;
    let inkTo = source.width - 1;
    while (inkTo > inkFrom && source.data[rowOffset + inkTo] === 0) inkTo--;
    for (let x = 0; x < targetWidth; x++) {
      const first = horizontal.start[x]!;
      if (first > inkTo || first + horizontal.count[x]! <= inkFrom) {
        rows[y * targetWidth + x] = 0;
        continue;
      }
      const base = x * horizontal.stride;
      let sum = 0;
      for (let k = 0; k < horizontal.count[x]!; k++) sum += horizontal.weights[base + k]! * source.data[rowOffset + first + k]!;
      rows[y * targetWidth + x] = sum;
    }
  }
  const out = new Float32Array(targetWidth * targetHeight);
  for (let y = 0; y < targetHeight; y++) {
    const first = vertical.start[y]!;
    const base = y * vertical.stride;
    for (let k = 0; k < vertical.count[y]!; k++) {
      const weight = vertical.weights[base + k]!;
      const rowOffset = (first + k) * targetWidth;
      const outOffset = y * targetWidth;
      for (let x = 0; x < targetWidth; x++) out[outOffset + x]! += weight * rows[rowOffset + x]!;
    }
  }
  return { width: targetWidth, height: targetHeight, data: out };
}
