import type { LuminanceImage } from "./gray-image.js";
import { scratch } from "./scratch-buffers.js";

export interface GrayscaleResult {
  image: LuminanceImage;
  /** True when transparency was composited onto a dark backdrop because the opaque content is light. */
  flattenedOnBlack: boolean;
}

/** A rectangle of an image, in its pixels. */
export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Channels = 1 | 2 | 3 | 4;

// Integer weights 77/150/29 of 256 are Rec. 601's 0.299/0.587/0.114.
function luma(data: Uint8Array, o: number, channels: Channels): number {
  return channels >= 3 ? (77 * data[o]! + 150 * data[o + 1]! + 29 * data[o + 2]! + 128) >> 8 : data[o]!;
}

function composite(value: number, alpha: number, backdrop: number): number {
  return Math.trunc((alpha * value + (255 - alpha) * backdrop + 127) / 255);
}

interface AlphaSums {
  weighted: number;
  weight: number;
  transparent: boolean;
}

/** Counts a run of `run` equal pixels at once (histogram, backdrop weights): the sums are integers, so exact in any order. */
function countRun(levels: Uint32Array | undefined, sums: AlphaSums | undefined, value: number, alpha: number, run: number): void {
  if (run === 0) return;
  if (levels) levels[value]! += run;
  if (!sums) return;
  if (alpha < 255) sums.transparent = true;
  sums.weighted += run * alpha * value;
  sums.weight += run * alpha;
}

/**
 * Luminance of `region` into `out` (region-sized), transparency composited as toGrayscale does; the
 * backdrop's choice weighs the region's pixels plus `outside` copies of the pixel at `outsideOffset`.
 * When given, `levels` receives the histogram of the region's luminance.
 */
function regionLuminance(
  data: Uint8Array,
  width: number,
  channels: Channels,
  region: Rectangle,
  out: Uint8Array,
  outside: number,
  outsideOffset: number,
  levels?: Uint32Array,
): { flattenedOnBlack: boolean; outsideValue: number } {
  const hasAlpha = channels === 2 || channels === 4;
  // Drawings are long runs of one pixel: as 32-bit words, a repeat reuses the previous pixel's values.
  const words = channels === 4 && data.byteOffset % 4 === 0 ? new Uint32Array(data.buffer, data.byteOffset, data.length >> 2) : undefined;
  let previous = -1;
  let value = 0;
  let alpha = 255;
  let run = 0;
  const sums = { weighted: 0, weight: 0, transparent: false };
  for (let y = 0, i = 0; y < region.height; y++) {
    const first = (region.y + y) * width + region.x;
    for (let x = 0, pixel = first, o = first * channels; x < region.width; x++, i++, pixel++, o += channels) {
      if (!words || words[pixel] !== previous) {
        countRun(levels, hasAlpha ? sums : undefined, value, alpha, run);
        run = 0;
        previous = words ? words[pixel]! : -1;
        value = luma(data, o, channels);
        if (hasAlpha) alpha = data[o + channels - 1]!;
      }
      run++;
      out[i] = value;
    }
  }
  countRun(levels, hasAlpha ? sums : undefined, value, alpha, run);
  let { weighted, weight, transparent } = sums;
  const outsideLuma = luma(data, outsideOffset, channels);
  const outsideAlpha = hasAlpha ? data[outsideOffset + channels - 1]! : 255;
  if (outside > 0 && hasAlpha) {
    if (outsideAlpha < 255) transparent = true;
    weighted += outside * outsideAlpha * outsideLuma;
    weight += outside * outsideAlpha;
  }
  if (!transparent) return { flattenedOnBlack: false, outsideValue: outsideLuma };
  const flattenedOnBlack = weight > 0 && weighted / weight > 127.5;
  const backdrop = flattenedOnBlack ? 0 : 255;
  levels?.fill(0);
  for (let y = 0, i = 0; y < region.height; y++) {
    for (let x = 0, o = ((region.y + y) * width + region.x) * channels + channels - 1; x < region.width; x++, i++, o += channels) {
      const flattened = composite(out[i]!, data[o]!, backdrop);
      out[i] = flattened;
      if (levels) levels[flattened]!++;
    }
  }
  return { flattenedOnBlack, outsideValue: composite(outsideLuma, outsideAlpha, backdrop) };
}

/**
 * 8-bit luminance (Rec. 601 weights). Transparent pixels are composited onto the backdrop that
 * contrasts with the opaque content, so black strokes on a transparent canvas and white ones
 * both stay visible. One-channel input is returned as is.
 */
export function toGrayscale(data: Uint8Array, width: number, height: number, channels: Channels): GrayscaleResult {
  if (channels === 1) return { image: { width, height, data }, flattenedOnBlack: false };
  const luminance = scratch.uint8("luminance", width * height, false);
  const { flattenedOnBlack } = regionLuminance(data, width, channels, { x: 0, y: 0, width, height }, luminance, 0, 0);
  return { image: { width, height, data: luminance }, flattenedOnBlack };
}

/** Index of the first sample in [from, to) unlike the first pixel's (`from` a pixel's first sample), or -1. */
function firstDifference(view: Uint8Array | Uint32Array, step: number, from: number, to: number): number {
  if (step === 1) {
    const background = view[0];
    for (let e = from; e < to; e++) if (view[e] !== background) return e;
    return -1;
  }
  for (let e = from, c = 0; e < to; e++) {
    if (view[e] !== view[c]) return e;
    if (++c === step) c = 0;
  }
  return -1;
}

/** Index of the last sample in [from, to) unlike the first pixel's (`to` a pixel's end), or -1. */
function lastDifference(view: Uint8Array | Uint32Array, step: number, from: number, to: number): number {
  if (step === 1) {
    const background = view[0];
    for (let e = to - 1; e >= from; e--) if (view[e] !== background) return e;
    return -1;
  }
  for (let e = to - 1, c = step - 1; e >= from; e--) {
    if (view[e] !== view[c]) return e;
    if (--c < 0) c = step - 1;
  }
  return -1;
}

/** The smallest rectangle holding every pixel that differs from the first one (all channels); undefined when none does. */
export function marksBounds(data: Uint8Array, width: number, height: number, channels: Channels): Rectangle | undefined {
  // A canvas's RGBA pixel is one 32-bit word: one comparison a pixel instead of four.
  const words = channels === 4 && data.byteOffset % 4 === 0;
  const view = words ? new Uint32Array(data.buffer, data.byteOffset, width * height) : data;
  const step = words ? 1 : channels;
  const row = width * step;
  let top = 0;
  while (top < height && firstDifference(view, step, top * row, (top + 1) * row) < 0) top++;
  if (top === height) return undefined;
  let bottom = height - 1;
  while (firstDifference(view, step, bottom * row, (bottom + 1) * row) < 0) bottom--;
  let left = width;
  let right = -1;
  for (let y = top, start = top * row; y <= bottom; y++, start += row) {
    const first = firstDifference(view, step, start, start + left * step);
    if (first >= 0) left = Math.floor((first - start) / step);
    const last = lastDifference(view, step, start + (right + 1) * step, start + row);
    if (last >= 0) right = Math.floor((last - start) / step);
  }
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

export interface GrayRegion {
  /** Luminance of `region` of the image, exactly as toGrayscale makes those pixels. */
  image: LuminanceImage;
  /** Histogram of the whole image's luminance (the region's and the outside's). */
  levels: Uint32Array;
  region: Rectangle;
  /** The luminance of every pixel outside `region`: they all equal the image's first pixel. */
  outsideValue: number;
  /** How many pixels lie outside `region`. */
  outside: number;
}

/**
 * toGrayscale of only the part of the image holding marks (pixels unlike the first one) and `margin`
 * pixels around it: on a drawing, everything else is one background value that needs no pass.
 */
export function grayscaleAroundMarks(
  data: Uint8Array,
  width: number,
  height: number,
  channels: Channels,
  margin: number,
): GrayRegion {
  const marks = marksBounds(data, width, height, channels);
  const x = marks ? Math.max(0, marks.x - margin) : 0;
  const y = marks ? Math.max(0, marks.y - margin) : 0;
  const region = marks
    ? {
        x,
        y,
        width: Math.min(width, marks.x + marks.width + margin) - x,
        height: Math.min(height, marks.y + marks.height + margin) - y,
      }
    : { x, y, width: 0, height: 0 };
  const out = scratch.uint8("luminance-region", region.width * region.height, false);
  const outside = width * height - region.width * region.height;
  const levels = new Uint32Array(256);
  const { outsideValue } = regionLuminance(data, width, channels, region, out, outside, 0, levels);
  levels[outsideValue]! += outside;
  return { image: { width: region.width, height: region.height, data: out }, levels, region, outsideValue, outside };
}
