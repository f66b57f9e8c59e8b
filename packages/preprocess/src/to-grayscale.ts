import type { GrayImage } from "./gray-image.js";

export interface GrayscaleResult {
  image: GrayImage;
  /** True when transparency was composited onto a dark backdrop because the opaque content is light. */
  flattenedOnBlack: boolean;
}

/**
 * Luminance (Rec. 601) in 0..1. Transparent pixels are composited onto the backdrop that contrasts
 * with the opaque content, so black strokes on a transparent canvas and white ones both stay visible.
 */
export function toGrayscale(data: Uint8Array, width: number, height: number, channels: 1 | 2 | 3 | 4): GrayscaleResult {
  const pixels = width * height;
  const luminance = new Float32Array(pixels);
  const alpha = channels === 2 || channels === 4 ? new Float32Array(pixels) : undefined;
  let weighted = 0;
  let weight = 0;
  let transparent = false;
  for (let i = 0, o = 0; i < pixels; i++, o += channels) {
    let value: number;
    if (channels >= 3) value = (0.299 * data[o]! + 0.587 * data[o + 1]! + 0.114 * data[o + 2]!) / 255;
    else value = data[o]! / 255;
    luminance[i] = value;
    if (alpha) {
      const a = data[o + channels - 1]! / 255;
      alpha[i] = a;
      if (a < 1) transparent = true;
      weighted += a * value;
      weight += a;
    }
  }
  if (!alpha || !transparent) return { image: { width, height, data: luminance }, flattenedOnBlack: false };
  const flattenedOnBlack = weight > 0 && weighted / weight > 0.5;
  const backdrop = flattenedOnBlack ? 0 : 1;
  for (let i = 0; i < pixels; i++) {
    const a = alpha[i]!;
    luminance[i] = a * luminance[i]! + (1 - a) * backdrop;
  }
  return { image: { width, height, data: luminance }, flattenedOnBlack };
}
