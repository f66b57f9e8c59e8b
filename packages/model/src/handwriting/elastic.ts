import { type Random } from "../random.js";
import { blankInk, sampleBilinear, type InkImage } from "./ink-image.js";

function gaussianKernel(sigma: number): Float32Array {
  const radius = Math.max(1, Math.ceil(3 * sigma));
  const kernel = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
  return kernel.map((value) => value / sum);
}

/** Separable Gaussian blur of a width x height field, zero outside. */
function blurField(field: Float32Array, width: number, height: number, kernel: Float32Array): Float32Array {
  const radius = (kernel.length - 1) / 2;
  const rows = new Float32Array(field.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) {
        const xx = x + k;
        if (xx >= 0 && xx < width) sum += field[y * width + xx]! * kernel[k + radius]!;
      }
      rows[y * width + x] = sum;
    }
  }
  const out = new Float32Array(field.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let k = -radius; k <= radius; k++) {
        const yy = y + k;
        if (yy >= 0 && yy < height) sum += rows[yy * width + x]! * kernel[k + radius]!;
      }
      out[y * width + x] = sum;
    }
  }
  return out;
}

/**
 * Elastic distortion (Simard, Steinkraus and Platt, 2003): a random displacement field, uniform in
 * -1..1 per pixel, smoothed by a Gaussian of `sigma` pixels and scaled by `alpha` pixels. For a
 * 28-pixel digit alpha 34 and sigma 4 are the paper's values; scale both with the image.
 */
export function elasticDistort(image: InkImage, alpha: number, sigma: number, random: Random): InkImage {
  const { width, height } = image;
  // The smoothed field varies over `sigma` pixels, so it is computed on a grid of sigma/4 cells and interpolated.
  const step = Math.max(1, Math.floor(sigma / 4));
  const fieldWidth = Math.ceil(width / step) + 1;
  const fieldHeight = Math.ceil(height / step) + 1;
  const kernel = gaussianKernel(sigma / step);
  const field = (): InkImage => ({
    width: fieldWidth,
    height: fieldHeight,
    data: blurField(
      Float32Array.from({ length: fieldWidth * fieldHeight }, () => random() * 2 - 1),
      fieldWidth,
      fieldHeight,
      kernel,
    ),
  });
  const dx = field();
  const dy = field();
  const out = blankInk(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const fx = x / step;
      const fy = y / step;
      out.data[y * width + x] = sampleBilinear(image, x + alpha * sampleBilinear(dx, fx, fy), y + alpha * sampleBilinear(dy, fx, fy));
    }
  }
  return out;
}
