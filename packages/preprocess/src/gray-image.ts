/** A single-channel float image, row-major, values nominally 0..1. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

/** 8-bit luminance (0 black .. 255 white), row-major: the decoded working image. */
export interface LuminanceImage {
  width: number;
  height: number;
  data: Uint8Array;
}
