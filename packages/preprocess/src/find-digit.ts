import { labelComponents, rootOf, type Box, type Component } from "./connected-components.js";
import { PreprocessError } from "./errors.js";
import type { GrayImage } from "./gray-image.js";
import { INK_BINS, type InkMap } from "./ink-map.js";

export interface DigitRegion {
  /** The digit's box in working-image pixels. */
  box: Box;
  /** Ink inside the box scaled so stroke cores are about 1; pixels of dropped specks are 0. */
  crop: GrayImage;
  /** Working-image pixels in the digit's components. */
  area: number;
  /** Typical stroke contrast (1 - ink/paper luminance) before scaling. */
  contrast: number;
}

/** Below this the "ink" is lighting, texture or compression noise, never a pen. */
export const MIN_CONTRAST = 0.1;
/** Stroke contrast over paper noise; blank paper's brightest speck rarely reaches it. */
export const MIN_SIGNAL_TO_NOISE = 7;
/** A digit spans at least this share of the working image's long side (and MIN_DIGIT_PIXELS). */
const MIN_DIGIT_SHARE = 0.03;
const MIN_DIGIT_PIXELS = 6;

function noDigit(reason: string): PreprocessError {
  return new PreprocessError("NO_DIGIT_FOUND", `No digit found: ${reason}.`);
}

/** Quantile of the histogrammed values at or above `fromBin`. */
function histogramQuantile(histogram: Uint32Array, fromBin: number, level: number): { value: number; count: number } {
  let count = 0;
  for (let bin = fromBin; bin < histogram.length; bin++) count += histogram[bin]!;
  const rank = level * (count - 1);
  let seen = 0;
  for (let bin = fromBin; bin < histogram.length; bin++) {
    seen += histogram[bin]!;
    if (seen > rank) return { value: (bin + 0.5) / histogram.length, count };
  }
  return { value: 1, count };
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function gap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
  return Math.hypot(dx, dy);
}

/** Start from the heaviest component and absorb nearby pieces of real size (broken strokes, a detached bar). */
function groupDigit(components: Component[]): { members: Set<number>; box: Box; area: number } {
  const main = components.reduce((best, component) => (component.mass > best.mass ? component : best));
  const members = new Set([main.label]);
  let box = main.box;
  let area = main.area;
  for (let changed = true; changed; ) {
    changed = false;
    const size = Math.max(box.width, box.height);
    for (const component of components) {
      if (members.has(component.label)) continue;
      const distance = gap(box, component.box);
      const near = distance <= 0.1 * size && component.area >= Math.max(3, 0.01 * main.area);
      const substantial = distance <= 0.35 * size && component.area >= 0.06 * main.area;
      if (!near && !substantial) continue;
      members.add(component.label);
      box = union(box, component.box);
      area += component.area;
      changed = true;
    }
  }
  return { members, box, area };
}

/** Separates the digit from paper, noise and stray specks, or says why there is no digit. */
export function findDigit(inkMap: InkMap): DigitRegion {
  const { ink, noise, histogram } = inkMap;
  const { width, height, data } = ink;
  const floor = Math.max(6 * noise, 0.06);
  const rough = histogramQuantile(histogram, Math.ceil(floor * INK_BINS), 0.95);
  if (rough.count < 4) throw noDigit("the image is blank (nothing stands out from the background)");
  if (rough.value < MIN_CONTRAST) throw noDigit(`the darkest marks differ from the background by only ${(rough.value * 100).toFixed(0)}%`);

  const high = Math.max(0.5 * rough.value, 5 * noise, 0.06);
  const low = Math.max(0.25 * rough.value, 3 * noise, 0.04);
  const labelling = labelComponents(data, width, height, low, high);
  if (labelling.components.length === 0) throw noDigit("the image is blank");
  const { members, box, area } = groupDigit(labelling.components);

  const crop = new Float32Array(box.width * box.height);
  const cropHistogram = new Uint32Array(INK_BINS);
  for (let y = 0; y < box.height; y++) {
    for (let x = 0; x < box.width; x++) {
      const index = (box.y + y) * width + box.x + x;
      if (!members.has(rootOf(labelling, labelling.provisional[index]!))) continue;
      const value = data[index]!;
      crop[y * box.width + x] = value;
      cropHistogram[value >= 1 ? INK_BINS - 1 : Math.floor(value * INK_BINS)]!++;
    }
  }
  const contrast = histogramQuantile(cropHistogram, 0, 0.9).value;
  if (contrast < MIN_CONTRAST || contrast < MIN_SIGNAL_TO_NOISE * noise) {
    throw noDigit(`the marks found are too faint (contrast ${(contrast * 100).toFixed(0)}%, noise ${(noise * 100).toFixed(1)}%)`);
  }
  const size = Math.max(box.width, box.height);
  const minSize = Math.max(MIN_DIGIT_PIXELS, MIN_DIGIT_SHARE * Math.max(width, height));
  if (size < minSize) throw noDigit(`the largest mark is only ${box.width}x${box.height} px of a ${width}x${height} image, a speck rather than a digit`);
  for (let i = 0; i < crop.length; i++) crop[i] = Math.min(1, crop[i]! / contrast);
  return { box, crop: { width: box.width, height: box.height, data: crop }, area, contrast };
}
