import { labelComponents, rootOf, type Box, type Component, type Labelling } from "./connected-components.js";
import { boxGap, union } from "./boxes.js";
import { PreprocessError } from "./errors.js";
import type { GrayImage } from "./gray-image.js";
import { scratch } from "./scratch-buffers.js";
import { INK_BINS, type InkMap } from "./ink-map.js";

export interface DigitRegion {
  /** The digit's box in working-image pixels. */
  box: Box;
  /** Ink around the box (a few pixels of margin) scaled so stroke cores are about 1; dropped specks are 0. */
  crop: GrayImage;
  /** Working-image pixels in the digit's components. */
  area: number;
  /** Typical stroke contrast (1 - ink/paper luminance) before scaling. */
  contrast: number;
  /** Edge steepness over contrast times the digit's size (see MIN_SHARPNESS). */
  sharpness: number;
  /** Digit-sized ink groups side by side on the digit's line (see sideBySideParts): 2 or more reads as a number. */
  parts: number;
  /** How many of those groups lie wholly outside the digit (too far away to belong to it): another digit, not a stroke of this one. */
  partsLeftOut: number;
}

/** Below this the "ink" is lighting, texture, out-of-focus clutter or compression noise; the faintest pencil reaches 0.25. */
export const MIN_CONTRAST = 0.15;
/** Stroke contrast over the local paper noise: noisy blank photos reach about 8, the faintest real strokes 10 and up. */
export const MIN_SIGNAL_TO_NOISE = 10;
/**
 * Edge steepness: the median gradient along the digit's outline over the stroke contrast,
 * times the digit's longer side, so it does not depend on resolution. Photographed strokes
 * score 13 and up, MNIST digits enlarged any amount about 14, out-of-focus shading under 8.
 */
export const MIN_SHARPNESS = 9;
/** A digit spans at least this share of the working image's long side (and MIN_DIGIT_PIXELS). */
const MIN_DIGIT_SHARE = 0.03;
const MIN_DIGIT_PIXELS = 6;

function noDigit(reason: string): PreprocessError {
  return new PreprocessError("NO_DIGIT_FOUND", `No digit found: ${reason}.`);
}

/** Quantile of the histogrammed values at or above `fromBin`. */
function histogramQuantile(
  histogram: Uint32Array,
  fromBin: number,
  level: number,
): { value: number; count: number } {
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

const HALO = 2;
/** How far around the marks findDigit reads the ink: a placed InkMap must reach this far past them (or to the image's edge). */
export const MARKS_CONTEXT = HALO;

function cropBox(box: Box, width: number, height: number): Box {
  const x = Math.max(0, box.x - HALO);
  const y = Math.max(0, box.y - HALO);
  return {
    x,
    y,
    width: Math.min(width, box.x + box.width + HALO) - x,
    height: Math.min(height, box.y + box.height + HALO) - y,
  };
}

/**
 * Math.hypot(a, b) to the last bit, as V8 computes it (both over the larger, squared and summed, the
 * root times the larger), without the builtin's call and array allocation: a third of the outline's cost.
 */
export function hypot(a: number, b: number): number {
  const x = Math.abs(a);
  const y = Math.abs(b);
  let max = 0;
  if (x > max) max = x;
  if (y > max) max = y;
  if (max === Infinity) return Infinity;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (max === 0) return 0;
  const p = x / max;
  const q = y / max;
  return Math.sqrt(p * p + q * q) * max;
}

/** Sobel gradient magnitude of the ink at (ix, iy), edges clamped. */
function gradientAt(ink: GrayImage, ix: number, iy: number): number {
  const { width, height, data } = ink;
  const left = ix > 0 ? -1 : 0;
  const right = ix < width - 1 ? 1 : 0;
  const up = iy > 0 ? -width : 0;
  const down = iy < height - 1 ? width : 0;
  const i = iy * width + ix;
  const gx =
    (data[i + up + right]! +
      2 * data[i + right]! +
      data[i + down + right]! -
      data[i + up + left]! -
      2 * data[i + left]! -
      data[i + down + left]!) /
    8;
  const gy =
    (data[i + down + left]! +
      2 * data[i + down]! +
      data[i + down + right]! -
      data[i + up + left]! -
      2 * data[i + up]! -
      data[i + up + right]!) /
    8;
  return hypot(gx, gy);
}

/** Whether member m of a crop (x, y of cropWidth x cropHeight) touches a non-member or the crop's edge. */
function onOutline(member: Uint8Array, m: number, x: number, y: number, cropWidth: number, cropHeight: number): boolean {
  return !(
    x > 0 &&
    y > 0 &&
    x < cropWidth - 1 &&
    y < cropHeight - 1 &&
    member[m - 1] &&
    member[m + 1] &&
    member[m - cropWidth] &&
    member[m + cropWidth]
  );
}

/** Gradients along the outline of the digit's components (where ink meets paper), in crop order. */
export interface OutlineGradients {
  values: Float64Array;
  count: number;
}

/** Median of the outline's gradients over the contrast (see MIN_SHARPNESS). */
function steepnessMedian(gradients: OutlineGradients, contrast: number): number {
  const histogram = new Uint32Array(INK_BINS);
  const { values, count } = gradients;
  for (let g = 0; g < count; g++) {
    const steepness = values[g]! / contrast;
    histogram[steepness >= 1 ? INK_BINS - 1 : Math.floor(steepness * INK_BINS)]!++;
  }
  return histogramQuantile(histogram, 0, 0.5).value;
}

/** The outline's gradients of a crop (a scratch array: read them before the next call). */
function outlineGradients(ink: GrayImage, crop: Box, member: Uint8Array): OutlineGradients {
  const values = scratch.float64("outline-gradients", member.length, false);
  let count = 0;
  for (let y = 0, m = 0; y < crop.height; y++) {
    for (let x = 0; x < crop.width; x++, m++) {
      if (member[m] && onOutline(member, m, x, y, crop.width, crop.height)) values[count++] = gradientAt(ink, crop.x + x, crop.y + y);
    }
  }
  return { values, count };
}

/**
 * cropContrast and the outline's gradients in one walk over the crop: what findDigit's checkStrokes
 * needs, with the same values as the separate passes.
 */
function contrastAndOutline(ink: GrayImage, crop: InkCrop): { contrast: number; gradients: OutlineGradients } {
  const histogram = new Uint32Array(INK_BINS);
  const { member, box } = crop;
  const { data } = ink;
  const values = scratch.float64("outline-gradients", member.length, false);
  const gradients = { values, count: 0 };
  // Four members at a time where the crop is bare (most of it): a zero word is four non-members.
  const words = new Int32Array(member.buffer, member.byteOffset, member.byteOffset % 4 === 0 ? member.length >> 2 : 0);
  let count = 0;
  // Stroke cores (ink 1) counted apart and added to the last bin once.
  let cores = 0;
  for (let y = 0, m = 0; y < box.height; y++) {
    const rowEnd = m + box.width;
    for (let x = 0, i = (box.y + y) * ink.width + box.x; x < box.width; x++, m++, i++) {
      if ((m & 3) === 0 && m + 4 <= rowEnd && (m >> 2) < words.length && words[m >> 2] === 0) {
        x += 3;
        m += 3;
        i += 3;
        continue;
      }
      if (!member[m]) continue;
      const value = data[i]!;
      if (value >= 1) cores++;
      else histogram[Math.floor(value * INK_BINS)]!++;
      if (onOutline(member, m, x, y, box.width, box.height)) values[count++] = gradientAt(ink, box.x + x, box.y + y);
    }
  }
  histogram[INK_BINS - 1]! += cores;
  gradients.count = count;
  return { contrast: histogramQuantile(histogram, 0, 0.9).value, gradients };
}

/** Whether a member lies within `radius` (a square) of (x, y). */
function nearMember(member: Uint8Array, width: number, height: number, x: number, y: number, radius: number): boolean {
  for (let row = Math.max(0, y - radius); row <= Math.min(height - 1, y + radius); row++) {
    const offset = row * width;
    for (let column = Math.max(0, x - radius); column <= Math.min(width - 1, x + radius); column++)
      if (member[offset + column]) return true;
  }
  return false;
}

/** Mean noise over the box (centre and corners), where the paper may be dimmer than on average. */
function noiseAround(inkMap: InkMap, box: Box): number {
  let sum = 0;
  for (const x of [box.x, box.x + box.width / 2, box.x + box.width - 1]) {
    for (const y of [box.y, box.y + box.height / 2, box.y + box.height - 1]) sum += inkMap.noiseAt(x, y);
  }
  return sum / 9;
}

/** Start from the heaviest component and absorb nearby pieces of real size (broken strokes, a detached bar). */
function groupDigit(
  components: Component[],
  labelCount: number,
): { members: Uint8Array; box: Box; area: number } {
  const main = components.reduce((best, component) => (component.mass > best.mass ? component : best));
  const members = new Uint8Array(labelCount);
  members[main.label] = 1;
  let box = main.box;
  let area = main.area;
  for (let changed = true; changed;) {
    changed = false;
    const size = Math.max(box.width, box.height);
    for (const component of components) {
      if (members[component.label]) continue;
      const distance = boxGap(box, component.box);
      const near = distance <= 0.1 * size && component.area >= Math.max(3, 0.01 * main.area);
      const substantial = distance <= 0.35 * size && component.area >= 0.06 * main.area;
      if (!near && !substantial) continue;
      members[component.label] = 1;
      box = union(box, component.box);
      area += component.area;
      changed = true;
    }
  }
  return { members, box, area };
}

/**
 * Ink groups of a digit's size standing side by side with the heaviest one: components at least half
 * its height with a quarter of its area, on the same line, merged where their columns overlap (a 4's
 * two strokes), so a 5's detached bar or a speck never counts and "42" counts 2. `leftOut` counts the
 * groups none of whose components belong to the digit.
 */
function sideBySideParts(components: Component[], members: Uint8Array): { parts: number; leftOut: number } {
  const main = components.reduce((best, component) => (component.mass > best.mass ? component : best));
  const line = { top: main.box.y, bottom: main.box.y + main.box.height };
  const candidates = components
    .filter(({ box, area }) => {
      const overlap = Math.min(line.bottom, box.y + box.height) - Math.max(line.top, box.y);
      return (
        area >= 0.25 * main.area &&
        box.height >= 0.5 * main.box.height &&
        overlap >= 0.3 * Math.min(box.height, main.box.height)
      );
    })
    .map(({ box, label }) => ({ left: box.x, right: box.x + box.width, member: members[label] === 1 }))
    .sort((a, b) => a.left - b.left);
  const groups: Array<{ right: number; width: number; member: boolean }> = [];
  for (const candidate of candidates) {
    const width = candidate.right - candidate.left;
    const last = groups.at(-1);
    if (last && last.right - candidate.left > 0.3 * Math.min(last.width, width)) {
      last.right = Math.max(last.right, candidate.right);
      last.width = Math.max(last.width, width);
      last.member ||= candidate.member;
      continue;
    }
    groups.push({ right: candidate.right, width, member: candidate.member });
  }
  return { parts: groups.length, leftOut: groups.filter((group) => !group.member).length };
}

/** Hysteresis thresholds relative to the image's own ink and noise, and the ink components they find; throws when nothing stands out. */
export function inkComponents(inkMap: InkMap): Labelling {
  const { ink, noise, histogram } = inkMap;
  const floor = Math.max(6 * noise, 0.06);
  const rough = histogramQuantile(histogram, Math.ceil(floor * INK_BINS), 0.95);
  if (rough.count < 4) throw noDigit("the image is blank (nothing stands out from the background)");
  if (rough.value < MIN_CONTRAST)
    throw noDigit(`the darkest marks differ from the background by only ${(rough.value * 100).toFixed(0)}%`);
  const high = Math.max(0.5 * rough.value, 5 * noise, 0.06);
  const low = Math.max(0.25 * rough.value, 3 * noise, 0.04);
  const labelling = labelComponents(ink.data, ink.width, ink.height, low, high);
  if (labelling.components.length === 0) throw noDigit("the image is blank");
  return labelling;
}

/** Member flags per provisional label (resolved once instead of per pixel) from member flags per root label. */
export function membersByProvisionalLabel(labelling: Labelling, members: Uint8Array): Uint8Array {
  const isMember = new Uint8Array(labelling.parents.length);
  for (let label = 1; label < isMember.length; label++) isMember[label] = members[rootOf(labelling, label)]!;
  return isMember;
}

export interface InkCrop {
  /** The crop's box in working-image pixels (the marks' box plus HALO). */
  box: Box;
  /** 1 where a pixel belongs to the marks. */
  member: Uint8Array;
}

/** A band of each row, [from(y), to(y)) in image columns: a piece of ink cut out of its neighbours. */
export interface RowBounds {
  from: (y: number) => number;
  to: (y: number) => number;
}

/** Where crops get their zero-filled arrays: fresh ones when several crops live at once (numbers). */
export interface CropBuffers {
  uint8: (length: number) => Uint8Array;
  float32: (length: number) => Float32Array;
}

const FRESH_BUFFERS: CropBuffers = {
  uint8: (length) => new Uint8Array(length),
  float32: (length) => new Float32Array(length),
};
// One digit per call: the hot path of every prediction reuses its arrays instead of allocating them.
const SCRATCH_BUFFERS: CropBuffers = {
  uint8: (length) => scratch.uint8("crop-member", length),
  float32: (length) => scratch.float32("crop-values", length),
};

/** The marks' pixels within `box` (and, when given, only inside `bounds`). */
export function cropMembers(
  ink: GrayImage,
  labelling: Labelling,
  isMember: Uint8Array,
  box: Box,
  bounds?: RowBounds,
  buffers: CropBuffers = FRESH_BUFFERS,
): InkCrop {
  const crop = cropBox(box, ink.width, ink.height);
  const member = buffers.uint8(crop.width * crop.height);
  const result = { box: crop, member };
  const { provisional } = labelling;
  for (let y = 0; y < crop.height; y++) {
    const row = (crop.y + y) * ink.width;
    // Columns [from, to) of the crop's row y: all of it unless `bounds` cuts it (whole columns from(y) <= x < to(y)).
    const from = bounds ? Math.max(0, Math.min(crop.width, Math.ceil(bounds.from(crop.y + y)) - crop.x)) : 0;
    const to = bounds ? Math.max(from, Math.min(crop.width, Math.ceil(bounds.to(crop.y + y)) - crop.x)) : crop.width;
    // The buffers come zero-filled, so unlabelled pixels (most of the crop) need no write.
    for (let x = from, m = y * crop.width + from, i = row + crop.x + from; x < to; x++, m++, i++) {
      const label = provisional[i]!;
      if (label !== 0) member[m] = isMember[label]!;
    }
  }
  return result;
}

/** Typical stroke contrast of the marks: the 90th percentile of their ink values. */
export function cropContrast(ink: GrayImage, crop: InkCrop): number {
  const histogram = new Uint32Array(INK_BINS);
  const { member, box } = crop;
  const { data } = ink;
  for (let y = 0, m = 0; y < box.height; y++) {
    for (let x = 0, i = (box.y + y) * ink.width + box.x; x < box.width; x++, m++, i++) {
      if (!member[m]) continue;
      const value = data[i]!;
      histogram[value >= 1 ? INK_BINS - 1 : Math.floor(value * INK_BINS)]!++;
    }
  }
  return histogramQuantile(histogram, 0, 0.9).value;
}

/** Ink near the marks (within HALO of them) scaled so stroke cores are about 1: what layoutLikeMnist takes. */
export function cropValues(
  ink: GrayImage,
  crop: InkCrop,
  contrast: number,
  buffers: CropBuffers = FRESH_BUFFERS,
): GrayImage {
  const { box, member } = crop;
  const { width, height } = box;
  const { data } = ink;
  const values = buffers.float32(width * height);
  // Made before the loop, like the other passes' results: code compiled mid-loop (on-stack replacement)
  // is re-entered on later calls, and a step after the loop it never saw run would deoptimise it every time.
  const result = { width, height, data: values };
  for (let y = 0, m = 0; y < height; y++) {
    for (let x = 0, i = (box.y + y) * ink.width + box.x; x < width; x++, m++, i++) {
      const value = data[i]!;
      // Bare paper stays 0 near the marks or not, so only inked pixels look for a member around them.
      if (value === 0) continue;
      if (member[m] || nearMember(member, width, height, x, y, HALO)) values[m] = Math.min(1, value / contrast);
    }
  }
  return result;
}

/**
 * Rejects marks too faint for their surroundings or without a stroke's sharp edges; `box` in image
 * pixels, `crop` in the ink's; `gradients`, when given, are the crop's outline gradients already read.
 */
export function checkStrokes(
  inkMap: InkMap,
  box: Box,
  crop: InkCrop,
  contrast: number,
  gradients?: OutlineGradients,
): number {
  const localNoise = Math.max(inkMap.noise, noiseAround(inkMap, box));
  if (contrast < MIN_CONTRAST || contrast < MIN_SIGNAL_TO_NOISE * localNoise) {
    throw noDigit(
      `the marks found are too faint (contrast ${(contrast * 100).toFixed(0)}%, noise ${(localNoise * 100).toFixed(1)}%)`,
    );
  }
  // Per pixel, an enlarged digit has edges as soft as shading; relative to the digit's size it
  // does not: a 28-px MNIST digit blown up 10x keeps edges ~7% of its height, shading's span it.
  const outline = gradients ?? outlineGradients(inkMap.ink, crop.box, crop.member);
  const sharpness = steepnessMedian(outline, contrast) * Math.max(box.width, box.height);
  if (sharpness < MIN_SHARPNESS) {
    throw noDigit(
      `the marks found have no sharp edges (edge steepness ${sharpness.toFixed(1)}, below ${MIN_SHARPNESS}), like shading or an out-of-focus photo`,
    );
  }
  return sharpness;
}

export function noDigitAt(box: Box, width: number, height: number): PreprocessError {
  return noDigit(
    `the largest mark is only ${box.width}x${box.height} px of a ${width}x${height} image, a speck rather than a digit`,
  );
}

/** Smallest digit: a share of the working image's long side, and never under MIN_DIGIT_PIXELS. */
export function minDigitSize(width: number, height: number): number {
  return Math.max(MIN_DIGIT_PIXELS, MIN_DIGIT_SHARE * Math.max(width, height));
}

/** Separates the digit from paper, noise and stray specks, or says why there is no digit. */
export function findDigit(inkMap: InkMap): DigitRegion {
  const { ink } = inkMap;
  const { x: left, y: top, width, height } = inkMap.placement ?? { x: 0, y: 0, width: ink.width, height: ink.height };
  const labelling = inkComponents(inkMap);
  const { members, box: inkBox, area } = groupDigit(labelling.components, labelling.parents.length);
  const box = { ...inkBox, x: inkBox.x + left, y: inkBox.y + top };
  if (Math.max(box.width, box.height) < minDigitSize(width, height)) throw noDigitAt(box, width, height);
  const isMember = membersByProvisionalLabel(labelling, members);
  // The crop keeps faint pixels within HALO of the digit's components: the gaps of a hairline
  // broken by aliasing, and soft edges below the low threshold, but no speck further away.
  const crop = cropMembers(inkMap.ink, labelling, isMember, inkBox, undefined, SCRATCH_BUFFERS);
  const { contrast, gradients } = contrastAndOutline(inkMap.ink, crop);
  const sharpness = checkStrokes(inkMap, box, crop, contrast, gradients);
  const { parts, leftOut } = sideBySideParts(labelling.components, members);
  return {
    box,
    crop: cropValues(inkMap.ink, crop, contrast, SCRATCH_BUFFERS),
    area,
    contrast,
    sharpness,
    parts,
    partsLeftOut: leftOut,
  };
}
