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
 * Luminance of `region` into `out` (region-sized), transparency composited as toGrayscale does; the
 * backdrop's choice weighs the region's pixels plus `outside` copies of the pixel at `outsideOffset`.
 */
function regionLuminance(
  data: Uint8Array,
  width: number,
  channels: Channels,
  region: Rectangle,
  out: Uint8Array,
  outside: number,
  outsideOffset: number,
): { flattenedOnBlack: boolean; outsideValue: number } {
  const hasAlpha = channels === 2 || channels === 4;
  let weighted = 0;
  let weight = 0;
  let transparent = false;
  for (let y = 0, i = 0; y < region.height; y++) {
    for (let x = 0, o = ((region.y + y) * width + region.x) * channels; x < region.width; x++, i++, o += channels) {
      const value = luma(data, o, channels);
      out[i] = value;
      if (hasAlpha) {
        const alpha = data[o + channels - 1]!;
        if (alpha < 255) transparent = true;
        weighted += alpha * value;
        weight += alpha;
      }
    }
  }
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
  for (let y = 0, i = 0; y < region.height; y++) {
    for (let x = 0, o = ((region.y + y) * width + region.x) * channels + channels - 1; x < region.width; x++, i++, o += channels)
      out[i] = composite(out[i]!, data[o]!, backdrop);
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

/** The smallest rectangle holding every pixel that differs from the first one (all channels); undefined when none does. */
export function marksBounds(data: Uint8Array, width: number, height: number, channels: Channels): Rectangle | undefined {
  // A canvas's RGBA pixel is one 32-bit word: one comparison a pixel instead of four.
  const words = channels === 4 && data.byteOffset % 4 === 0;
  const view = words ? new Uint32Array(data.buffer, data.byteOffset, width * height) : data;
  const step = words ? 1 : channels;
  const differs = (pixel: number): boolean => {
    const o = pixel * step;
    for (let c = 0; c < step; c++) if (view[o + c] !== view[c]) return true;
    return false;
  };
  const rowDiffers = (y: number): boolean => {
    for (let x = 0, pixel = y * width; x < width; x++, pixel++) if (differs(pixel)) return true;
    return false;
  };
  let top = 0;
  while (top < height && !rowDiffers(top)) top++;
  if (top === height) return undefined;
  let bottom = height - 1;
  while (!rowDiffers(bottom)) bottom--;
  let left = width;
  let right = -1;
  for (let y = top, row = top * width; y <= bottom; y++, row += width) {
    for (let x = 0; x < left; x++) {
      if (differs(row + x)) {
        left = x;
        break;
      }
    }
    for (let x = width - 1; x > right; x--) {
      if (differs(row + x)) {
        right = x;
        break;
      }
    }
  }
  return { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
}

export interface GrayRegion {
  /** Luminance of `region` of the image, exactly as toGrayscale makes those pixels. */
  image: LuminanceImage;
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
  const { outsideValue } = regionLuminance(data, width, channels, region, out, outside, 0);
  return { image: { width: region.width, height: region.height, data: out }, region, outsideValue, outside };
}
