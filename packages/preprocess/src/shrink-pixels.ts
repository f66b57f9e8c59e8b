import { resample } from "./resample.js";

/**
 * Area-averaged resize of interleaved 8-bit samples (1-4 channels). With alpha, colour is
 * averaged premultiplied, so the transparent pixels around a stroke add no colour to its edge.
 */
export function shrinkPixels(
  data: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 2 | 3 | 4,
  targetWidth: number,
  targetHeight: number,
): Uint8Array {
  const pixels = width * height;
  const alphaChannel = channels === 2 || channels === 4 ? channels - 1 : undefined;
  const plane = new Float32Array(pixels);
  const resize = () => resample({ width, height, data: plane }, targetWidth, targetHeight).data;
  // Clamped: rounding can overshoot 255 by a hair, which a plain Uint8Array would wrap to 0.
  const out = new Uint8ClampedArray(targetWidth * targetHeight * channels);
  let alpha: Float32Array | undefined;
  if (alphaChannel !== undefined) {
    for (let i = 0; i < pixels; i++) plane[i] = data[i * channels + alphaChannel]!;
    alpha = resize();
    for (let i = 0; i < alpha.length; i++) out[i * channels + alphaChannel] = alpha[i]!;
  }
  for (let channel = 0; channel < channels; channel++) {
    if (channel === alphaChannel) continue;
    for (let i = 0, o = channel; i < pixels; i++, o += channels) {
      plane[i] = alphaChannel === undefined ? data[o]! : (data[o]! * data[i * channels + alphaChannel]!) / 255;
    }
    const small = resize();
    for (let i = 0; i < small.length; i++) {
      out[i * channels + channel] = alpha === undefined ? small[i]! : alpha[i]! > 0 ? (small[i]! * 255) / alpha[i]! : 0;
    }
  }
  return new Uint8Array(out.buffer);
}
