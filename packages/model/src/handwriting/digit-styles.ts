import { sampleBicubic } from "../realistic/bicubic.js";
import { type Random, uniform } from "../random.js";
import { elasticDistort } from "./elastic.js";
import {
  binarize,
  blankInk,
  enlargeMnist,
  inkBox,
  padInk,
  resizeInk,
  shearInk,
  skeletonPoints,
  drawStrokes,
  type InkImage,
  type Point,
} from "./ink-image.js";

/**
 * Handwriting unlike MNIST's, made from MNIST digits: the cross-style evaluation set renders test
 * digits in each, and training renders training digits in all of them with wider random settings.
 */
export const HANDWRITING_STYLES = [
  "lowres-binary",
  "stretched",
  "bitmap-32",
  "pen-thin",
  "pen-thick",
  "marker",
  "broken",
  "slant-left",
  "slant-right",
] as const;
export type HandwritingStyle = (typeof HANDWRITING_STYLES)[number];

export const HANDWRITING_STYLE_DESCRIPTIONS: Record<HandwritingStyle, string> = {
  "lowres-binary": "shrunk to 16x16 and binarised",
  stretched: "stretched to fill a 16x16 box both ways, binarised",
  "bitmap-32": "a 32x32 binary bitmap",
  "pen-thin": "re-stroked along its skeleton with a thin round pen",
  "pen-thick": "re-stroked along its skeleton with a thick round pen",
  marker: "re-stroked with a very thick marker",
  broken: "strokes broken by gaps",
  "slant-left": "slanted to the left",
  "slant-right": "slanted to the right",
};

/** Evaluation draws settings from the middle of each style's range; training from the whole range and beyond. */
export type StyleSettings = "evaluation" | "training";

/** Working scale: MNIST's 28 px enlarged 3x, so a digit is about 60 px tall. */
const PEN_SCALE = 3;
/** Evaluation draws pens 8/3 larger again, a digit about 160 px tall like a canvas drawing; training stays small for speed. */
const EVALUATION_PEN_UPSCALE = 8 / 3;

function range(random: Random, settings: StyleSettings, evaluation: [number, number], training: [number, number]): number {
  const [min, max] = settings === "evaluation" ? evaluation : training;
  return uniform(random, min, max);
}

/** Enlarges a small image smoothly to `longSide` on its longer side, as uploads smaller than 112 px are. */
export function enlargeSmoothly(image: InkImage, longSide: number): InkImage {
  const scale = longSide / Math.max(image.width, image.height);
  const width = Math.round(image.width * scale);
  const height = Math.round(image.height * scale);
  const out = blankInk(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = sampleBicubic(image.data, image.width, image.height, (x + 0.5) / scale - 0.5, (y + 0.5) / scale - 0.5);
      out.data[y * width + x] = value < 0 ? 0 : value > 1 ? 1 : value;
    }
  }
  return out;
}

/** The digit's box fitted into a side x side bitmap (longer side `fill` px, or stretched to fill it), binarised. */
function lowResolution(digit: InkImage, side: number, fill: number, stretch: boolean, threshold: number): InkImage {
  const box = inkBox(digit)!;
  const scale = fill / Math.max(box.width, box.height);
  const width = stretch ? fill : Math.max(1, Math.round(box.width * scale));
  const height = stretch ? fill : Math.max(1, Math.round(box.height * scale));
  const small = resizeInk(digit, box, width, height, {
    width: side,
    height: side,
    left: Math.floor((side - width) / 2),
    top: Math.floor((side - height) / 2),
  });
  return binarize(small, threshold);
}

/**
 * Redraws the digit along its centre line with a uniform round pen, as a canvas or pen trajectory
 * draws it: neighbouring skeleton pixels are joined by segments, so the output may be `upscale`
 * times larger than the skeleton's grid and stay continuous.
 */
function restroke(digit: InkImage, radius: number, upscale = 1): InkImage {
  const mask = new Uint8Array(digit.data.length);
  for (const { x, y } of skeletonPoints(digit)) mask[y * digit.width + x] = 1;
  const margin = Math.ceil(radius * upscale) + 2;
  const out = blankInk(digit.width * upscale + 2 * margin, digit.height * upscale + 2 * margin);
  const at = (x: number, y: number): Point => ({ x: x * upscale + margin, y: y * upscale + margin });
  const segments: Point[][] = [];
  for (let y = 0; y < digit.height; y++) {
    for (let x = 0; x < digit.width; x++) {
      if (!mask[y * digit.width + x]) continue;
      segments.push([at(x, y)]);
      for (const [dx, dy] of [[1, 0], [0, 1], [1, 1], [-1, 1]] as const) {
        const nx = x + dx;
        const ny = y + dy;
        if (nx >= 0 && nx < digit.width && ny < digit.height && mask[ny * digit.width + nx]) segments.push([at(x, y), at(nx, ny)]);
      }
    }
  }
  drawStrokes(out, segments, radius * upscale);
  return out;
}

/** Erases `gaps` discs centred on random centre-line points: a pen skipping, or a scan's dropouts. */
function breakStrokes(digit: InkImage, gaps: number, radius: number, random: Random): InkImage {
  const skeleton = skeletonPoints(digit);
  const out = { ...digit, data: Float32Array.from(digit.data) };
  if (skeleton.length === 0) return out;
  const centres: Point[] = [];
  for (let g = 0; g < gaps; g++) centres.push(skeleton[Math.floor(random() * skeleton.length)]!);
  for (const { x: cx, y: cy } of centres) {
    const reach = Math.ceil(radius + 1);
    for (let y = Math.max(0, cy - reach); y <= Math.min(out.height - 1, cy + reach); y++) {
      for (let x = Math.max(0, cx - reach); x <= Math.min(out.width - 1, cx + reach); x++) {
        const keep = Math.min(1, Math.max(0, Math.hypot(x - cx, y - cy) - radius + 0.5));
        out.data[y * out.width + x]! *= keep;
      }
    }
  }
  return out;
}

/** Aspect-ratio stretch of the whole digit (training only): wide or narrow writers. */
export function stretchAspect(digit: InkImage, factor: number): InkImage {
  const box = inkBox(digit, 0.05);
  if (!box) return digit;
  const width = Math.max(2, Math.round(box.width * Math.sqrt(factor)));
  const height = Math.max(2, Math.round(box.height / Math.sqrt(factor)));
  const margin = 6;
  return resizeInk(digit, box, width, height, { width: width + 2 * margin, height: height + 2 * margin, left: margin, top: margin });
}

/**
 * One MNIST digit (784 bytes at `offset`) rendered in `style`: white ink on black, at the size an
 * upload in that style would have (16x16 or 32x32 bitmaps, about 60 px tall for pens).
 */
export function renderDigitInStyle(style: HandwritingStyle, images: Uint8Array, offset: number, random: Random, settings: StyleSettings): InkImage {
  const training = settings === "training";
  const upscale = training ? 1 : EVALUATION_PEN_UPSCALE;
  let digit = enlargeMnist(images, offset, PEN_SCALE);
  if (training && random() < 0.5) digit = elasticDistort(digit, uniform(random, 20, 40) * PEN_SCALE, 4 * PEN_SCALE, random);
  if (training && random() < 0.3) digit = stretchAspect(digit, Math.exp(uniform(random, -0.45, 0.45)));
  switch (style) {
    case "lowres-binary": {
      const side = Math.round(range(random, settings, [16, 16], [12, 20]));
      return lowResolution(digit, side, side, false, range(random, settings, [0.4, 0.5], [0.3, 0.6]));
    }
    case "stretched": {
      const side = Math.round(range(random, settings, [16, 16], [12, 20]));
      return lowResolution(digit, side, side, true, range(random, settings, [0.4, 0.5], [0.3, 0.6]));
    }
    case "bitmap-32": {
      const fill = Math.round(range(random, settings, [24, 30], [20, 32]));
      const stretch = training && random() < 0.35;
      return lowResolution(digit, 32, fill, stretch, range(random, settings, [0.4, 0.5], [0.3, 0.6]));
    }
    case "pen-thin":
      return restroke(digit, range(random, settings, [1, 1.6], [0.6, 2]), upscale);
    case "pen-thick":
      return restroke(digit, range(random, settings, [3.5, 4.5], [2.5, 5.5]), upscale);
    case "marker":
      return restroke(digit, range(random, settings, [6.5, 8], [5.5, 9.5]), upscale);
    case "broken": {
      const pen = training && random() < 0.5 ? restroke(digit, uniform(random, 1.5, 4)) : padInk(digit, 2);
      const gaps = Math.round(range(random, settings, [2, 3], [1, 4]));
      return breakStrokes(pen, gaps, range(random, settings, [2.5, 3.5], [2, 4.5]), random);
    }
    case "slant-left":
      return shearInk(digit, -range(random, settings, [0.35, 0.5], [0.2, 0.6]));
    case "slant-right":
      return shearInk(digit, range(random, settings, [0.35, 0.5], [0.2, 0.6]));
  }
}
