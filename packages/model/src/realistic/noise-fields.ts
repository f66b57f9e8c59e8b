import { createRandom, type Random } from "../random.js";

/** A standard normal deviate (Box-Muller); cheap enough for per-pixel use. */
export function gaussian(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const TABLE_SIZE = 1 << 16;
const NORMALS = (() => {
  const random = createRandom(0x5eed);
  return Float32Array.from({ length: TABLE_SIZE }, () => gaussian(random));
})();

/** A normal deviate from a fixed table: one uniform draw instead of Box-Muller's two plus log and cos, for megapixel noise. */
export function fastGaussian(random: Random): number {
  return NORMALS[Math.floor(random() * TABLE_SIZE)]!;
}

/**
 * Smooth random field with values ~N(0, 1): random values on a grid of `cell`-pixel spacing,
 * bilinearly interpolated, for paper texture, pencil grain and out-of-focus clutter.
 */
export function smoothField(width: number, height: number, cell: number, random: Random): Float32Array {
  const columns = Math.ceil(width / cell) + 2;
  const rows = Math.ceil(height / cell) + 2;
  const grid = Float32Array.from({ length: columns * rows }, () => fastGaussian(random));
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    const gy = y / cell;
    const row = Math.floor(gy);
    const fy = gy - row;
    for (let x = 0; x < width; x++) {
      const gx = x / cell;
      const column = Math.floor(gx);
      const fx = gx - column;
      const top = grid[row * columns + column]! * (1 - fx) + grid[row * columns + column + 1]! * fx;
      const bottom = grid[(row + 1) * columns + column]! * (1 - fx) + grid[(row + 1) * columns + column + 1]! * fx;
      // Bilinear mixing shrinks the variance; dividing by its average restores roughly unit spread.
      out[y * width + x] = (top * (1 - fy) + bottom * fy) / 0.8;
    }
  }
  return out;
}
