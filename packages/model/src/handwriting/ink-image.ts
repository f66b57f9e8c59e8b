import type { GrayImage } from "@digit-lab/preprocess";
import { IMAGE_SIDE } from "../data/idx.js";
import { sampleBicubic } from "../realistic/bicubic.js";
import { skeletonize } from "../realistic/skeleton.js";

/** Ink images for rendering handwriting: 0 background, 1 ink, row-major floats. */
export type InkImage = GrayImage;

export interface Point {
  x: number;
  y: number;
}

export function blankInk(width: number, height: number): InkImage {
  return { width, height, data: new Float32Array(width * height) };
}

/** One MNIST digit (784 bytes at `offset`) enlarged `scale` times with Catmull-Rom, clamped to 0..1. */
export function enlargeMnist(images: Uint8Array, offset: number, scale: number): InkImage {
  const side = IMAGE_SIDE * scale;
  const out = blankInk(side, side);
  const digit = images.subarray(offset, offset + IMAGE_SIDE * IMAGE_SIDE);
  for (let y = 0; y < side; y++) {
    const sy = (y + 0.5) / scale - 0.5;
    for (let x = 0; x < side; x++) {
      const value = sampleBicubic(digit, IMAGE_SIDE, IMAGE_SIDE, (x + 0.5) / scale - 0.5, sy) / 255;
      out.data[y * side + x] = value < 0 ? 0 : value > 1 ? 1 : value;
    }
  }
  return out;
}

/** Bilinear sample of a width x height image stored from `offset` of `data`, zero outside. */
export function sampleBilinearAt(data: ArrayLike<number>, offset: number, width: number, height: number, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  let value = 0;
  for (let dy = 0; dy <= 1; dy++) {
    const yy = y0 + dy;
    if (yy < 0 || yy >= height) continue;
    const wy = dy === 0 ? 1 - fy : fy;
    for (let dx = 0; dx <= 1; dx++) {
      const xx = x0 + dx;
      if (xx < 0 || xx >= width) continue;
      value += data[offset + yy * width + xx]! * wy * (dx === 0 ? 1 - fx : fx);
    }
  }
  return value;
}

export function sampleBilinear(image: InkImage, x: number, y: number): number {
  return sampleBilinearAt(image.data, 0, image.width, image.height, x, y);
}

/** The box of pixels at or above `threshold`, or undefined for a blank image. */
export function inkBox(image: InkImage, threshold = 0.25): { x: number; y: number; width: number; height: number } | undefined {
  let x0 = image.width;
  let y0 = image.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (image.data[y * image.width + x]! < threshold) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < 0 ? undefined : { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/**
 * The ink's box resampled to `width` x `height` (area-averaged over a 4x4 grid of bilinear samples
 * per output pixel, so shrinking does not alias), placed at (left, top) in a `canvasWidth` x
 * `canvasHeight` image.
 */
export function resizeInk(
  image: InkImage,
  box: { x: number; y: number; width: number; height: number },
  width: number,
  height: number,
  canvas: { width: number; height: number; left: number; top: number },
): InkImage {
  const out = blankInk(canvas.width, canvas.height);
  const sx = box.width / width;
  const sy = box.height / height;
  for (let y = 0; y < height; y++) {
    const ty = y + canvas.top;
    if (ty < 0 || ty >= canvas.height) continue;
    for (let x = 0; x < width; x++) {
      const tx = x + canvas.left;
      if (tx < 0 || tx >= canvas.width) continue;
      let sum = 0;
      for (let j = 0; j < 4; j++) {
        for (let i = 0; i < 4; i++) sum += sampleBilinear(image, box.x + (x + (i + 0.5) / 4) * sx - 0.5, box.y + (y + (j + 0.5) / 4) * sy - 0.5);
      }
      out.data[ty * canvas.width + tx] = sum / 16;
    }
  }
  return out;
}

/** Hard 0/1 pixels, as a binarised scan or bitmap. */
export function binarize(image: InkImage, threshold: number): InkImage {
  return { ...image, data: image.data.map((value) => (value >= threshold ? 1 : 0)) };
}

/** Horizontal shear about the vertical centre (positive leans the top to the right), widening the frame to keep the ink. */
export function shearInk(image: InkImage, shear: number): InkImage {
  const extra = Math.ceil((Math.abs(shear) * image.height) / 2) + 1;
  const width = image.width + 2 * extra;
  const out = blankInk(width, image.height);
  const centre = (image.height - 1) / 2;
  for (let y = 0; y < image.height; y++) {
    const offset = shear * (centre - y);
    for (let x = 0; x < width; x++) out.data[y * width + x] = sampleBilinear(image, x - extra - offset, y);
  }
  return out;
}

/** Anti-aliased round-pen discs at each point (coverage by distance), the maximum where they overlap. */
export function stampDiscs(image: InkImage, points: Iterable<Point>, radius: number): void {
  const reach = Math.ceil(radius + 1);
  for (const { x: cx, y: cy } of points) {
    const x0 = Math.max(0, Math.floor(cx - reach));
    const x1 = Math.min(image.width - 1, Math.ceil(cx + reach));
    const y0 = Math.max(0, Math.floor(cy - reach));
    const y1 = Math.min(image.height - 1, Math.ceil(cy + reach));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const coverage = radius + 0.5 - Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
        if (coverage <= 0) continue;
        const i = y * image.width + x;
        const value = coverage >= 1 ? 1 : coverage;
        if (value > image.data[i]!) image.data[i] = value;
      }
    }
  }
}

/** Points every `spacing` pixels along a polyline, for stamping a pen along it. */
export function* alongPolyline(points: readonly Point[], spacing = 0.5): Generator<Point> {
  if (points.length === 1) yield points[0]!;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / spacing));
    for (let s = i === 1 ? 0 : 1; s <= steps; s++) yield { x: a.x + ((b.x - a.x) * s) / steps, y: a.y + ((b.y - a.y) * s) / steps };
  }
}

/** Draws strokes (polylines) with a round pen of `radius` pixels (stamped every quarter radius: smooth edges, few stamps). */
export function drawStrokes(image: InkImage, strokes: readonly (readonly Point[])[], radius: number): void {
  const spacing = Math.max(0.5, radius / 4);
  for (const stroke of strokes) stampDiscs(image, alongPolyline(stroke, spacing), radius);
}

/** Centre-line pixels of the ink (at or above half intensity), as points. */
export function skeletonPoints(image: InkImage): Point[] {
  const mask = new Uint8Array(image.data.length);
  for (let i = 0; i < mask.length; i++) mask[i] = image.data[i]! >= 0.5 ? 1 : 0;
  const skeleton = skeletonize(mask, image.width, image.height);
  const points: Point[] = [];
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) if (skeleton[y * image.width + x]) points.push({ x, y });
  }
  return points;
}

/** Pads the image with `margin` blank pixels on every side. */
export function padInk(image: InkImage, margin: number): InkImage {
  const width = image.width + 2 * margin;
  const out = blankInk(width, image.height + 2 * margin);
  for (let y = 0; y < image.height; y++) out.data.set(image.data.subarray(y * image.width, (y + 1) * image.width), (y + margin) * width + margin);
  return out;
}
