// Catmull-Rom weights: interpolating, so an upscaled MNIST digit keeps its grey levels at pixel centres.
function weight(t: number): number {
  const a = Math.abs(t);
  if (a < 1) return 1.5 * a * a * a - 2.5 * a * a + 1;
  if (a < 2) return -0.5 * a * a * a + 2.5 * a * a - 4 * a + 2;
  return 0;
}

/** Samples a width x height image (row-major, any scale) at a fractional position, zero outside. */
export function sampleBicubic(image: ArrayLike<number>, width: number, height: number, x: number, y: number): number {
  const fx = Math.floor(x);
  const fy = Math.floor(y);
  let sum = 0;
  for (let j = -1; j <= 2; j++) {
    const sy = fy + j;
    if (sy < 0 || sy >= height) continue;
    const wy = weight(y - sy);
    for (let i = -1; i <= 2; i++) {
      const sx = fx + i;
      if (sx < 0 || sx >= width) continue;
      sum += wy * weight(x - sx) * image[sy * width + sx]!;
    }
  }
  return sum;
}
