import type { LuminanceImage } from "./gray-image.js";
import { scratch } from "./scratch-buffers.js";

export interface GrayscaleResult {
  image: LuminanceImage;
  /** True when transparency was composited onto a dark backdrop because the opaque content is light. */
  flattenedOnBlack: boolean;
}

/**
 * 8-bit luminance (Rec. 601 weights). Transparent pixels are composited onto the backdrop that
 * contrasts with the opaque content, so black strokes on a transparent canvas and white ones
 * both stay visible. One-channel input is returned as is.
 */
export function toGrayscale(data: Uint8Array, width: number, height: number, channels: 1 | 2 | 3 | 4): GrayscaleResult {
  const pixels = width * height;
  if (channels === 1) return { image: { width, height, data }, flattenedOnBlack: false };
  const luminance = scratch.uint8("luminance", pixels);
  const hasAlpha = channels === 2 || channels === 4;
  let weighted = 0;
  let weight = 0;
  let transparent = false;
  for (let i = 0, o = 0; i < pixels; i++, o += channels) {
    // Integer weights 77/150/29 of 256 are Rec. 601's 0.299/0.587/0.114.
    const value = channels >= 3 ? (77 * data[o]! + 150 * data[o + 1]! + 29 * data[o + 2]! + 128) >> 8 : data[o]!;
    luminance[i] = value;
    if (hasAlpha) {
      const alpha = data[o + channels - 1]!;
      if (alpha < 255) transparent = true;
      weighted += alpha * value;
      weight += alpha;
    }
  }
  if (!transparent) return { image: { width, height, data: luminance }, flattenedOnBlack: false };
  const flattenedOnBlack = weight > 0 && weighted / weight > 127.5;
  const backdrop = flattenedOnBlack ? 0 : 255;
  for (let i = 0, o = channels - 1; i < pixels; i++, o += channels) {
    const alpha = data[o]!;
    luminance[i] = (alpha * luminance[i]! + (255 - alpha) * backdrop + 127) / 255;
  }
  return { image: { width, height, data: luminance }, flattenedOnBlack };
}
