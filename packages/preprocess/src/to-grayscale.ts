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

/**
 * Alpha-weighted luminance sums for the backdrop's choice. `weighted` sums alpha x (luminance + 0.5):
 * the half keeps every product a double, so optimised code never speculates on small integers that a
 * large opaque background overflows (an eager deopt that a cached on-stack-replacement compile would
 * repeat on every call). The sums stay exact, and weighted / weight > 128 is exactly the mean's > 127.5.
 */
interface AlphaSums {
  weighted: number;
  weight: number;
  transparent: boolean;
}

/** Counts a run of `run` equal pixels at once (histogram, backdrop weights): exact in any order. */
function countRun(levels: Uint32Array | undefined, sums: AlphaSums | undefined, value: number, alpha: number, run: number): void {
  if (run === 0) return;
  if (levels) levels[value]! += run;
  if (!sums) return;
  if (alpha < 255) sums.transparent = true;
  sums.weighted += run * alpha * (value + 0.5);
  sums.weight += run * alpha;
}

/** An opaque grey pixel (little-endian RGBA word) XORed with its grey level times 0x010101 leaves the alpha byte alone. */
const OPAQUE = 0xff000000 | 0;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Whether an RGBA pixel read as a word is opaque grey (red = green = blue, alpha 255; little-endian only); luma gives it its grey. */
function isOpaqueGrey(word: number): boolean {
  return LITTLE_ENDIAN && (word ^ ((word & 255) * 0x010101)) === OPAQUE;
}

/**
 * The first pass of regionLuminance: luminance into `out`, runs counted into `levels` and `sums`.
 * Its own function so the code compiled for its hot loop holds nothing after the loop to deoptimise on.
 * True when every pixel of the region is opaque grey (RGBA words only), whose luminance is that grey.
 */
function lumaPass(
  data: Uint8Array,
  width: number,
  channels: Channels,
  region: Rectangle,
  out: Uint8Array,
  levels: Uint32Array | undefined,
  sums: AlphaSums | undefined,
): boolean {
  if (region.width === 0 || region.height === 0) return false;
  if (channels !== 4 || data.byteOffset % 4 !== 0) {
    for (let y = 0, i = 0; y < region.height; y++) {
      for (let x = 0, o = ((region.y + y) * width + region.x) * channels; x < region.width; x++, i++, o += channels) {
        const value = luma(data, o, channels);
        countRun(levels, sums, value, sums ? data[o + channels - 1]! : 255, 1);
        out[i] = value;
      }
    }
    return false;
  }
  // Drawings are long runs of one pixel: as 32-bit words (signed, so always small integers to the
  // compiler), a repeat reuses the previous pixel's values.
  const words = new Int32Array(data.buffer, data.byteOffset, data.length >> 2);
  const start = region.y * width + region.x;
  let previous = words[start]!;
  let value = luma(data, start * 4, 4);
  let alpha = data[start * 4 + 3]!;
  let opaqueGrey = isOpaqueGrey(previous);
  let run = 0;
  for (let y = 0, i = 0; y < region.height; y++) {
    const first = (region.y + y) * width + region.x;
    for (let x = 0, pixel = first; x < region.width; x++, i++, pixel++) {
      const word = words[pixel]!;
      if (word !== previous) {
        countRun(levels, sums, value, alpha, run);
        run = 0;
        previous = word;
        value = luma(data, pixel * 4, 4);
        alpha = data[pixel * 4 + 3]!;
        if (opaqueGrey) opaqueGrey = isOpaqueGrey(word);
      }
      run++;
      out[i] = value;
    }
  }
  countRun(levels, sums, value, alpha, run);
  return opaqueGrey;
}

/** The second pass of regionLuminance: `out` composited onto `backdrop` with the region's alpha, `levels` recounted. */
function compositePass(
  data: Uint8Array,
  width: number,
  channels: Channels,
  region: Rectangle,
  out: Uint8Array,
  backdrop: number,
  levels: Uint32Array | undefined,
): void {
  levels?.fill(0);
  for (let y = 0, i = 0; y < region.height; y++) {
    for (let x = 0, o = ((region.y + y) * width + region.x) * channels + channels - 1; x < region.width; x++, i++, o += channels) {
      const flattened = composite(out[i]!, data[o]!, backdrop);
      out[i] = flattened;
      if (levels) levels[flattened]!++;
    }
  }
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
): { flattenedOnBlack: boolean; outsideValue: number; opaqueGrey: boolean } {
  const hasAlpha = channels === 2 || channels === 4;
  const sums = hasAlpha ? { weighted: 0, weight: 0, transparent: false } : undefined;
  const opaqueGrey = lumaPass(data, width, channels, region, out, levels, sums);
  const outsideLuma = luma(data, outsideOffset, channels);
  if (!sums) return { flattenedOnBlack: false, outsideValue: outsideLuma, opaqueGrey: false };
  const outsideAlpha = data[outsideOffset + channels - 1]!;
  if (outside > 0) {
    if (outsideAlpha < 255) sums.transparent = true;
    sums.weighted += outside * outsideAlpha * (outsideLuma + 0.5);
    sums.weight += outside * outsideAlpha;
  }
  if (!sums.transparent) return { flattenedOnBlack: false, outsideValue: outsideLuma, opaqueGrey };
  const flattenedOnBlack = sums.weight > 0 && sums.weighted / sums.weight > 128;
  const backdrop = flattenedOnBlack ? 0 : 255;
  compositePass(data, width, channels, region, out, backdrop, levels);
  return { flattenedOnBlack, outsideValue: composite(outsideLuma, outsideAlpha, backdrop), opaqueGrey: false };
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

/** Index of the first word in [from, to) unlike `background`, or -1. */
function firstWordDifference(words: Int32Array, background: number, from: number, to: number): number {
  let e = from;
  // Mostly background: four words a step, OR-ing their differences, then the exact one.
  for (; e + 4 <= to; e += 4)
    if (((words[e]! ^ background) | (words[e + 1]! ^ background) | (words[e + 2]! ^ background) | (words[e + 3]! ^ background)) !== 0) break;
  for (; e < to; e++) if (words[e] !== background) return e;
  return -1;
}

/** Index of the last word in [from, to) unlike `background`, or -1. */
function lastWordDifference(words: Int32Array, background: number, from: number, to: number): number {
  let e = to - 1;
  for (; e - 3 >= from; e -= 4)
    if (((words[e]! ^ background) | (words[e - 1]! ^ background) | (words[e - 2]! ^ background) | (words[e - 3]! ^ background)) !== 0) break;
  for (; e >= from; e--) if (words[e] !== background) return e;
  return -1;
}

/** Index of the first sample in [from, to) unlike the first pixel's (`from` a pixel's first sample), or -1. */
function firstDifference(view: Uint8Array, step: number, from: number, to: number): number {
  for (let e = from, c = 0; e < to; e++) {
    if (view[e] !== view[c]) return e;
    if (++c === step) c = 0;
  }
  return -1;
}

/** Index of the last sample in [from, to) unlike the first pixel's (`to` a pixel's end), or -1. */
function lastDifference(view: Uint8Array, step: number, from: number, to: number): number {
  for (let e = to - 1, c = step - 1; e >= from; e--) {
    if (view[e] !== view[c]) return e;
    if (--c < 0) c = step - 1;
  }
  return -1;
}

/** marksBounds of RGBA pixels read as one 32-bit word each (signed: small integers to the compiler): one comparison a pixel. */
function wordMarksBounds(words: Int32Array, width: number, height: number): Rectangle | undefined {
  const background = words[0]!;
  let top = 0;
  while (top < height && firstWordDifference(words, background, top * width, (top + 1) * width) < 0) top++;
  if (top === height) return undefined;
  let bottom = height - 1;
  while (firstWordDifference(words, background, bottom * width, (bottom + 1) * width) < 0) bottom--;
  let left = width;
  let right = -1;
  for (let y = top, start = top * width; y <= bottom; y++, start += width) {
    const first = firstWordDifference(words, background, start, start + left);
    if (first >= 0) left = first - start;
    const last = lastWordDifference(words, background, start + right + 1, start + width);
    if (last >= 0) right = last - start;
  }
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

/** The smallest rectangle holding every pixel that differs from the first one (all channels); undefined when none does. */
export function marksBounds(data: Uint8Array, width: number, height: number, channels: Channels): Rectangle | undefined {
  if (channels === 4 && data.byteOffset % 4 === 0) return wordMarksBounds(new Int32Array(data.buffer, data.byteOffset, width * height), width, height);
  const row = width * channels;
  let top = 0;
  while (top < height && firstDifference(data, channels, top * row, (top + 1) * row) < 0) top++;
  if (top === height) return undefined;
  let bottom = height - 1;
  while (firstDifference(data, channels, bottom * row, (bottom + 1) * row) < 0) bottom--;
  let left = width;
  let right = -1;
  for (let y = top, start = top * row; y <= bottom; y++, start += row) {
    const first = firstDifference(data, channels, start, start + left * channels);
    if (first >= 0) left = Math.floor((first - start) / channels);
    const last = lastDifference(data, channels, start + (right + 1) * channels, start + row);
    if (last >= 0) right = Math.floor((last - start) / channels);
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
  /** True when every pixel of the image is opaque grey RGBA: `image` then holds the region's grey levels themselves. */
  opaqueGrey: boolean;
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
  const { outsideValue, opaqueGrey } = regionLuminance(data, width, channels, region, out, outside, 0, levels);
  levels[outsideValue]! += outside;
  const everyPixelGrey = opaqueGrey && (outside === 0 || (channels === 4 && isOpaqueGrey(new Int32Array(data.buffer, data.byteOffset, 1)[0]!)));
  return { image: { width: region.width, height: region.height, data: out }, levels, region, outsideValue, outside, opaqueGrey: everyPixelGrey };
}
