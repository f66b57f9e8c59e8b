import { scratch } from "./scratch-buffers.js";

/** Binary masks are Uint8Array (1 = ink) with their width and height alongside. */
export interface Mask {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * Mean stroke width as twice the area over the perimeter (exact for long strokes). The
 * perimeter is counted in pixel edges, which overstates slanted outlines by 4/pi on average.
 */
export function estimateStrokeWidth(mask: Mask): number {
  const { width, height, data } = mask;
  let area = 0;
  let edges = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const index = y * width + x;
      if (!data[index]) continue;
      area++;
      if (x === 0 || !data[index - 1]) edges++;
      if (x === width - 1 || !data[index + 1]) edges++;
      if (y === 0 || !data[index - width]) edges++;
      if (y === height - 1 || !data[index + width]) edges++;
    }
  }
  return edges === 0 ? 0 : (2 * area) / ((edges * Math.PI) / 4);
}

const INFINITY = 1e20;

// Felzenszwalb & Huttenlocher's 1-D squared distance transform (lower envelope of parabolas).
function transform1d(f: Float64Array, n: number, d: Float64Array, v: Int32Array, z: Float64Array): void {
  let k = 0;
  v[0] = 0;
  z[0] = -INFINITY;
  z[1] = INFINITY;
  for (let q = 1; q < n; q++) {
    let s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
    while (s <= z[k]!) {
      k--;
      s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!);
    }
    k++;
    v[k] = q;
    z[k] = s;
    z[k + 1] = INFINITY;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++;
    d[q] = (q - v[k]!) ** 2 + f[v[k]!]!;
  }
}

/**
 * Exact squared Euclidean distance from every pixel to the nearest pixel whose mask value equals
 * `target`, into `out` when given (mask-sized; every element is written).
 */
export function squaredDistanceTo(
  mask: Mask,
  target: 0 | 1,
  out: Float64Array = new Float64Array(mask.width * mask.height),
): Float64Array {
  const { width, height, data } = mask;
  const n = Math.max(width, height);
  const f = new Float64Array(n);
  const d = new Float64Array(n);
  const v = new Int32Array(n);
  const z = new Float64Array(n + 1);
  for (let i = 0; i < out.length; i++) out[i] = data[i] === target ? 0 : INFINITY;
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) f[y] = out[y * width + x]!;
    transform1d(f, height, d, v, z);
    for (let y = 0; y < height; y++) out[y * width + x] = d[y]!;
  }
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) f[x] = out[y * width + x]!;
    transform1d(f, width, d, v, z);
    for (let x = 0; x < width; x++) out[y * width + x] = d[x]!;
  }
  return out;
}

/** The box of the mask's 1 pixels, undefined when there are none. */
export function maskBox(mask: Mask): { x: number; y: number; width: number; height: number } | undefined {
  let x0 = mask.width;
  let y0 = mask.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      if (!mask.data[y * mask.width + x]) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? undefined : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * Grows (radius > 0) or thins (radius < 0) the strokes by a disc of |radius| pixels. Distances are
 * taken only over the strokes' box grown by the radius (thinning: by the 1-pixel ring of paper around
 * it), which gives the same result: nothing outside can be reached, or be nearer, than from its edge.
 */
export function adjustStrokes(mask: Mask, radius: number): Mask {
  const data = new Uint8Array(mask.data.length);
  const box = maskBox(mask);
  if (!box) return { width: mask.width, height: mask.height, data };
  const reach = radius >= 0 ? Math.ceil(radius) : 1;
  const x = Math.max(0, box.x - reach);
  const y = Math.max(0, box.y - reach);
  const width = Math.min(mask.width, box.x + box.width + reach) - x;
  const height = Math.min(mask.height, box.y + box.height + reach) - y;
  // Scratch: both are read only here, and every element is written before it is read.
  const window = scratch.uint8("stroke-window", width * height, false);
  for (let row = 0; row < height; row++)
    window.set(mask.data.subarray((y + row) * mask.width + x, (y + row) * mask.width + x + width), row * width);
  const target = radius >= 0 ? 1 : 0;
  const distance = squaredDistanceTo({ width, height, data: window }, target, scratch.float64("stroke-distance", width * height, false));
  const limit = radius * radius;
  for (let row = 0; row < height; row++) {
    for (let column = 0, i = row * width; column < width; column++, i++) {
      const inside = target === 1 ? distance[i]! <= limit : distance[i]! > limit;
      data[(y + row) * mask.width + x + column] = inside ? 1 : 0;
    }
  }
  return { width: mask.width, height: mask.height, data };
}
