/** A single-channel float image, row-major, values nominally 0..1. */
export interface GrayImage {
  width: number;
  height: number;
  data: Float32Array;
}

export function createGrayImage(width: number, height: number): GrayImage {
  return { width, height, data: new Float32Array(width * height) };
}
