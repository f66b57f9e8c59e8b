import { describe, expect, it } from "vitest";
import { createRandom } from "../random.js";
import { createAugmenter } from "./augment.js";
import { IMAGE_PIXELS, IMAGE_SIDE } from "./idx.js";

function square(): Uint8Array {
  const img = new Uint8Array(IMAGE_PIXELS);
  for (let y = 10; y < 18; y++) for (let x = 10; x < 18; x++) img[y * IMAGE_SIDE + x] = 255;
  return img;
}

function augmentOnce(seed: number): Float32Array {
  const out = new Float32Array(IMAGE_PIXELS);
  createAugmenter(createRandom(seed))(square(), 0, out, 0);
  return out;
}

describe("augmentation", () => {
  it("is deterministic for a seed and varies between seeds", () => {
    expect(augmentOnce(3)).toEqual(augmentOnce(3));
    expect(augmentOnce(3)).not.toEqual(augmentOnce(4));
  });

  it("keeps values in 0..1 and the ink roughly where it was", () => {
    for (let seed = 0; seed < 20; seed++) {
      const out = augmentOnce(seed);
      let mass = 0;
      let cx = 0;
      for (let i = 0; i < IMAGE_PIXELS; i++) {
        expect(out[i]).toBeGreaterThanOrEqual(0);
        expect(out[i]).toBeLessThanOrEqual(1);
        mass += out[i]!;
        cx += out[i]! * (i % IMAGE_SIDE);
      }
      // 64 ink pixels before; scale, thickening and thinning change that within bounds.
      expect(mass).toBeGreaterThan(25);
      expect(mass).toBeLessThan(140);
      expect(Math.abs(cx / mass - 13.5)).toBeLessThan(3.5);
    }
  });
});
