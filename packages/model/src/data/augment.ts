import { IMAGE_PIXELS, IMAGE_SIDE } from "./idx.js";
import { sampleBilinearAt } from "../handwriting/ink-image.js";
import { type Random, uniform } from "../random.js";

/** Ranges chosen to cover what preprocessing of real photos and drawings leaves behind. */
export const AUGMENTATION = {
  maxRotationDegrees: 12,
  scale: [0.88, 1.12],
  aspectJitter: 0.08,
  maxShear: 0.15,
  maxShiftPixels: 2.5,
  thickenProbability: 0.25,
  thinProbability: 0.2,
  blurProbability: 0.15,
} as const;

const CENTER = (IMAGE_SIDE - 1) / 2;

/** Random affine warp (rotation, scale, aspect, shear, shift) with bilinear sampling, into 0..255 floats. */
function warp(src: Uint8Array, offset: number, out: Float32Array, random: Random): void {
  const angle = (uniform(random, -1, 1) * AUGMENTATION.maxRotationDegrees * Math.PI) / 180;
  const scale = uniform(random, AUGMENTATION.scale[0], AUGMENTATION.scale[1]);
  const aspect = 1 + uniform(random, -AUGMENTATION.aspectJitter, AUGMENTATION.aspectJitter);
  const sx = scale * aspect;
  const sy = scale / aspect;
  const shear = uniform(random, -AUGMENTATION.maxShear, AUGMENTATION.maxShear);
  const tx = uniform(random, -AUGMENTATION.maxShiftPixels, AUGMENTATION.maxShiftPixels);
  const ty = uniform(random, -AUGMENTATION.maxShiftPixels, AUGMENTATION.maxShiftPixels);
  // Forward map M = R * Shear * S; sample the source at M^-1 (dst - center - t) + center.
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const a = cos * sx;
  const b = (cos * shear - sin) * sy;
  const c = sin * sx;
  const d = (sin * shear + cos) * sy;
  const det = a * d - b * c;
  const ia = d / det;
  const ib = -b / det;
  const ic = -c / det;
  const id = a / det;
  for (let y = 0; y < IMAGE_SIDE; y++) {
    const py = y - CENTER - ty;
    for (let x = 0; x < IMAGE_SIDE; x++) {
      const px = x - CENTER - tx;
      out[y * IMAGE_SIDE + x] = sampleBilinearAt(src, offset, IMAGE_SIDE, IMAGE_SIDE, ia * px + ib * py + CENTER, ic * px + id * py + CENTER);
    }
  }
}

/** 3x3 max (thicken) or min over the plus-shaped neighbourhood (thin), blended by `strength`. */
function morph(image: Float32Array, scratch: Float32Array, thicken: boolean, strength: number): void {
  scratch.set(image);
  for (let y = 0; y < IMAGE_SIDE; y++) {
    for (let x = 0; x < IMAGE_SIDE; x++) {
      let extreme = scratch[y * IMAGE_SIDE + x]!;
      for (let k = 0; k < 4; k++) {
        const nx = x + (k === 0 ? -1 : k === 1 ? 1 : 0);
        const ny = y + (k === 2 ? -1 : k === 3 ? 1 : 0);
        const v = nx < 0 || ny < 0 || nx >= IMAGE_SIDE || ny >= IMAGE_SIDE ? 0 : scratch[ny * IMAGE_SIDE + nx]!;
        extreme = thicken ? Math.max(extreme, v) : Math.min(extreme, v);
      }
      const i = y * IMAGE_SIDE + x;
      image[i] = scratch[i]! + strength * (extreme - scratch[i]!);
    }
  }
}

function blur(image: Float32Array, scratch: Float32Array): void {
  scratch.set(image);
  const kernel = [0.25, 0.5, 0.25];
  for (let y = 0; y < IMAGE_SIDE; y++) {
    for (let x = 0; x < IMAGE_SIDE; x++) {
      let sum = 0;
      for (let ky = -1; ky <= 1; ky++) {
        const yy = y + ky;
        if (yy < 0 || yy >= IMAGE_SIDE) continue;
        for (let kx = -1; kx <= 1; kx++) {
          const xx = x + kx;
          if (xx < 0 || xx >= IMAGE_SIDE) continue;
          sum += scratch[yy * IMAGE_SIDE + xx]! * kernel[ky + 1]! * kernel[kx + 1]!;
        }
      }
      image[y * IMAGE_SIDE + x] = sum;
    }
  }
}

/** Scratch buffers for one augmentation stream; reuse across calls to avoid garbage. */
export function createAugmenter(random: Random): (src: Uint8Array, srcOffset: number, dst: Float32Array, dstOffset: number) => void {
  const image = new Float32Array(IMAGE_PIXELS);
  const scratch = new Float32Array(IMAGE_PIXELS);
  return (src, srcOffset, dst, dstOffset) => {
    warp(src, srcOffset, image, random);
    const r = random();
    if (r < AUGMENTATION.thickenProbability) morph(image, scratch, true, uniform(random, 0.35, 1));
    else if (r < AUGMENTATION.thickenProbability + AUGMENTATION.thinProbability) morph(image, scratch, false, uniform(random, 0.25, 0.7));
    if (random() < AUGMENTATION.blurProbability) blur(image, scratch);
    for (let i = 0; i < IMAGE_PIXELS; i++) dst[dstOffset + i] = Math.min(255, Math.max(0, image[i]!)) / 255;
  };
}
