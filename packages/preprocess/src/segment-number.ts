import type { Box, Component, Labelling } from "./connected-components.js";
import { boxGap, columnOverlap, union, verticalGap } from "./boxes.js";
import { decodeImage, openImage } from "./decode-image.js";
import { PreprocessError } from "./errors.js";
import {
  checkStrokes,
  cropContrast,
  cropMembers,
  cropValues,
  inkComponents,
  membersByProvisionalLabel,
  minDigitSize,
  noDigitAt,
  type RowBounds,
} from "./find-digit.js";
import type { GrayImage } from "./gray-image.js";
import { extractInk, type InkMap } from "./ink-map.js";
import { layoutLikeMnist } from "./mnist-layout.js";
import { resolveOptions, type PreprocessOptions } from "./options.js";
import type { SupportedFormat } from "./sniff-format.js";
import { toGrayscale } from "./to-grayscale.js";

/** Most digits read in one image: a long serial number, not a page of text. */
export const MAX_NUMBER_DIGITS = 12;
/** Numbers are wide: the working image keeps this many pixels on its long side (digits stay ~100 px at 10 across). */
export const NUMBER_WORKING_SIZE = 1024;

export interface DigitCandidate {
  /** The candidate's box in original-image pixels (after EXIF orientation). */
  box: Box;
  /** 784 values in 0..1, white ink on black, MNIST framing, as normalizeDigitImage makes them. */
  input: Float32Array;
}

/**
 * A run of neighbouring ink groups [from, to) and the ways to read it: as one digit (a digit broken
 * into pieces side by side) or, when wide enough to hold touching digits, cut into several along
 * ink-avoiding paths. A classifier picks the spans and readings that explain every group best.
 */
export interface InkSpan {
  from: number;
  to: number;
  /** The span's ink width over the typical digit height: single digits are 0.2-1.2, touching ones wider. */
  width: number;
  /** The span read as one digit. */
  readings: DigitCandidate[][];
  /**
   * The ways to cut the span into several touching digits, laid out only when called (a reader asks
   * when it doubts the span is one digit): every chain of pieces between candidate cuts, each piece
   * one object shared by the readings it is in.
   */
  cutReadings?: () => DigitCandidate[][];
}

export interface SegmentedNumber {
  format: SupportedFormat;
  /** Original size, after EXIF orientation. */
  width: number;
  height: number;
  /** True when dark ink on a light ground was inverted to MNIST's white on black. */
  inverted: boolean;
  /** The digit height the groups were judged by, in original-image pixels. */
  digitHeight: number;
  /** How many groups of ink that may be digits were found, left to right. */
  groupCount: number;
  /** Every way to read each group and each pair of neighbouring groups that could be one digit. */
  spans: InkSpan[];
  /** Marks too small to be digits (dots, commas, specks, dashes), in original-image pixels. */
  ignoredMarks: Box[];
}

// A mark lower than this share of the typical digit height is punctuation or a dash, never a digit.
const MIN_HEIGHT_SHARE = 0.45;
// A group at least this share of the digit height wide may hold touching digits (narrower cuts won nothing on the validation numbers).
const MIN_CUT_WIDTH = 0.7;
// A cut leaves each piece at least this share of the digit height wide, and at most MAX_PIECE_SHARE.
const MIN_PIECE_SHARE = 0.15;
const MAX_PIECE_SHARE = 1.3;
// Cut candidates per digit height of group width, and at most MAX_CUTS per group (8 let more wrong readings win on the validation numbers).
const CUTS_PER_HEIGHT = 3;
const MAX_CUTS = 6;
// A group no chain of those cuts can split is cut again with this many times as many (a long run of touching digits).
const DENSER_CUTS = 2;
// Touching digits are at least this share of the digit height wide on average: a group holds at most width / it.
const MIN_TOUCHING_WIDTH = 0.35;
// A cut path strays at most this share of the digit height from its starting column.
const CUT_REACH = 0.15;
// Cut paths tried per cut kept: the lightest columns, most of them paths that run together.
const STARTS_PER_CUT = 3;
// Most ways of cutting one group offered to the reader.
const MAX_CUT_READINGS = 256;
// Neighbouring groups are offered as one digit when this close (share of the digit height) and together this narrow.
const MAX_MERGE_GAP = 0.2;
const MAX_MERGE_WIDTH = 0.95;
// A piece cut from a group is at least this share of the digit height tall.
const MIN_PIECE_HEIGHT = 0.6;
// A detached top bar ends no lower than this share of the digit height below its digit's top, and at most MAX_BAR_GAP above it.
const BAR_REACH = 0.25;
const MAX_BAR_GAP = 0.35;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

interface Group {
  box: Box;
  labels: number[];
  area: number;
}

function mergeGroups(a: Group, b: Group): Group {
  return { box: union(a.box, b.box), labels: [...a.labels, ...b.labels], area: a.area + b.area };
}

/**
 * The digit a short mark is the detached top bar of: the group sharing most of its columns, with the
 * mark ending no lower than the group's top quarter and at most MAX_BAR_GAP above it. A dash sits
 * mid-height and a dot or comma low, so neither is taken.
 */
function raisedBarHost<G extends { box: Box }>(digits: G[], mark: Box, digitHeight: number): G | undefined {
  let host: G | undefined;
  let most = 0;
  for (const group of digits) {
    const shared = columnOverlap(group.box, mark);
    if (shared <= most) continue;
    const markBottom = mark.y + mark.height;
    if (markBottom > group.box.y + BAR_REACH * digitHeight) continue;
    if (group.box.y - markBottom > MAX_BAR_GAP * digitHeight) continue;
    host = group;
    most = shared;
  }
  return host;
}

/**
 * Components into digit groups: pieces stacked over each other (a 5's detached bar, a stroke broken by
 * the pen) join the digit whose columns they share; pieces side by side stay apart. Returns the groups
 * left to right and the marks too small to be digits.
 */
export function groupIntoDigits(components: Component[]): {
  groups: Group[];
  digitHeight: number;
  small: Group[];
} {
  const heaviest = Math.max(...components.map((component) => component.area));
  const substantial = components.filter((component) => component.area >= 0.15 * heaviest);
  const digitHeight = median(substantial.map((component) => component.box.height));
  const groups: Group[] = [];
  for (const component of [...components].sort((a, b) => b.area - a.area)) {
    const host = groups.find((group) => {
      const overlap = columnOverlap(group.box, component.box);
      return (
        verticalGap(group.box, component.box) <= 0.35 * digitHeight &&
        overlap >= 0.6 * Math.min(component.box.width, group.box.width)
      );
    });
    if (host) {
      host.box = union(host.box, component.box);
      host.labels.push(component.label);
      host.area += component.area;
    } else {
      groups.push({ box: component.box, labels: [component.label], area: component.area });
    }
  }
  const digits = groups.filter((group) => group.box.height >= MIN_HEIGHT_SHARE * digitHeight);
  const small: Group[] = [];
  for (const mark of groups.filter((group) => group.box.height < MIN_HEIGHT_SHARE * digitHeight)) {
    // A short piece touching a digit's box is a stroke of it broken by the pen, and so is a bar over part
    // of a digit's columns (a 5's top bar drawn apart, off to the side); one standing apart is punctuation.
    const host =
      digits.find((group) => boxGap(group.box, mark.box) <= 0.08 * digitHeight) ??
      raisedBarHost(digits, mark.box, digitHeight);
    if (host) {
      host.box = union(host.box, mark.box);
      host.labels.push(...mark.labels);
      host.area += mark.area;
    } else small.push(mark);
  }
  digits.sort((a, b) => a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2));
  return { groups: digits, digitHeight, small };
}

interface SegmentContext {
  inkMap: InkMap;
  labelling: Labelling;
  contrast: number;
  normalizeStrokeWidth: boolean;
  toOriginal: (box: Box) => Box;
  /** The typical digit height in working-image pixels. */
  digitHeight: number;
}

function candidateFor(
  context: SegmentContext,
  isMember: Uint8Array,
  box: Box,
  columns?: RowBounds,
  minHeight = 0,
): DigitCandidate | undefined {
  const crop = cropMembers(context.inkMap.ink, context.labelling, isMember, box, columns);
  const inkBox = memberBox(crop.member, crop.box);
  if (!inkBox || inkBox.height < minHeight) return undefined;
  // A whole group's box is its marks' box already; only a piece cut from it needs trimming.
  const trimmed = columns
    ? cropMembers(context.inkMap.ink, context.labelling, isMember, inkBox, columns)
    : crop;
  let values: GrayImage = cropValues(context.inkMap.ink, trimmed, context.contrast);
  if (columns) values = clearOutside(values, trimmed.box, columns);
  try {
    const { input } = layoutLikeMnist(values, context.normalizeStrokeWidth);
    return { box: context.toOriginal(inkBox), input };
  } catch (error) {
    // A sliver or a filled blob is not a digit: that way of cutting is simply not offered.
    if (error instanceof PreprocessError) return undefined;
    throw error;
  }
}

// The halo around a piece must not bring back the neighbour's ink across the cut.
function clearOutside(values: GrayImage, box: Box, bounds: RowBounds): GrayImage {
  const data = values.data;
  for (let y = 0; y < values.height; y++) {
    const fromX = bounds.from(box.y + y);
    const toX = bounds.to(box.y + y);
    for (let x = 0; x < values.width; x++) {
      const ix = box.x + x;
      if (ix < fromX || ix >= toX) data[y * values.width + x] = 0;
    }
  }
  return values;
}

// Crossing a pixel of ink costs this much more than crossing paper; leaning away from the start column a little.
const INK_COST = 1;
const DRIFT_COST = 0.01;

/**
 * The cheapest top-to-bottom path through the group near column `start`, moving at most one column per
 * row: it slips between touching digits where their strokes meet at a slant, where a straight cut would
 * slice through one of them. Returns the path's column per row of the crop.
 */
function cutPath(
  member: Uint8Array,
  width: number,
  height: number,
  start: number,
  reach: number,
): { path: Int32Array; cost: number } {
  const from = Math.max(0, Math.round(start - reach));
  const to = Math.min(width - 1, Math.round(start + reach));
  const span = to - from + 1;
  const cost = new Float64Array(span * height);
  const step = new Int8Array(span * height);
  for (let y = 0; y < height; y++) {
    for (let i = 0; i < span; i++) {
      const x = from + i;
      const own = member[y * width + x]! * INK_COST + Math.abs(x - start) * DRIFT_COST;
      if (y === 0) {
        cost[i] = own;
        continue;
      }
      let best = cost[(y - 1) * span + i]!;
      let move = 0;
      for (const d of [-1, 1]) {
        const j = i + d;
        if (j < 0 || j >= span) continue;
        const value = cost[(y - 1) * span + j]! + DRIFT_COST;
        if (value < best) {
          best = value;
          move = d;
        }
      }
      cost[y * span + i] = best + own;
      step[y * span + i] = move;
    }
  }
  let end = 0;
  for (let i = 1; i < span; i++)
    if (cost[(height - 1) * span + i]! < cost[(height - 1) * span + end]!) end = i;
  const cost_ = cost[(height - 1) * span + end]!;
  const path = new Int32Array(height);
  for (let y = height - 1; y >= 0; y--) {
    path[y] = from + end;
    end += step[y * span + end]!;
  }
  return { path, cost: cost_ };
}

/** Column sums of the group's ink, smoothed over a few columns so one aliased pixel does not make a minimum. */
function columnProfile(member: Uint8Array, width: number, height: number): Float64Array {
  const raw = new Float64Array(width);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw[x]! += member[y * width + x]!;
  const smooth = new Float64Array(width);
  for (let x = 0; x < width; x++)
    smooth[x] = (raw[x - 1] ?? raw[x]!) * 0.25 + raw[x]! * 0.5 + (raw[x + 1] ?? raw[x]!) * 0.25;
  return smooth;
}

/**
 * Where to start cut paths: columns of least ink (local minima of the profile) away from the edges,
 * lightest first, at most `most`.
 */
function cutStarts(profile: Float64Array, minPiece: number, most: number): number[] {
  const minima: number[] = [];
  for (let x = Math.ceil(minPiece); x <= profile.length - minPiece; x++) {
    if (profile[x]! <= (profile[x - 1] ?? Infinity) && profile[x]! < (profile[x + 1] ?? Infinity))
      minima.push(x);
  }
  return minima.sort((a, b) => profile[a]! - profile[b]!).slice(0, most);
}

/** Bounds of the piece between two cuts (absent: the group's edge), each a path in crop columns. */
function pieceBounds(crop: Box, left: Int32Array | undefined, right: Int32Array | undefined): RowBounds {
  const at = (path: Int32Array, y: number): number =>
    crop.x + path[Math.min(path.length - 1, Math.max(0, y - crop.y))]!;
  return { from: (y) => (left ? at(left, y) : -Infinity), to: (y) => (right ? at(right, y) : Infinity) };
}

function memberBox(member: Uint8Array, crop: Box): Box | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < crop.height; y++) {
    for (let x = 0; x < crop.width; x++) {
      if (!member[y * crop.width + x]) continue;
      x0 = Math.min(x0, x);
      x1 = Math.max(x1, x);
      y0 = Math.min(y0, y);
      y1 = Math.max(y1, y);
    }
  }
  return x1 < 0 ? undefined : { x: crop.x + x0, y: crop.y + y0, width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

function groupMembers(context: SegmentContext, group: Group): Uint8Array {
  const members = new Uint8Array(context.labelling.parents.length);
  for (const label of group.labels) members[label] = 1;
  return membersByProvisionalLabel(context.labelling, members);
}

function wholeReadings(context: SegmentContext, group: Group): DigitCandidate[][] {
  const asOne = candidateFor(context, groupMembers(context, group), group.box);
  return asOne ? [[asOne]] : [];
}

/** A group's ink and marks copied out of the shared working buffers, which the next image reuses. */
interface DetachedGroup {
  context: SegmentContext;
  isMember: Uint8Array;
  /** The group's box in the copy's pixels. */
  box: Box;
}

function detachGroup(context: SegmentContext, group: Group): DetachedGroup {
  const crop = cropMembers(context.inkMap.ink, context.labelling, groupMembers(context, group), group.box);
  const { x, y, width, height } = crop.box;
  const ink = new Float32Array(width * height);
  const source = context.inkMap.ink;
  for (let row = 0; row < height; row++)
    ink.set(
      source.data.subarray((y + row) * source.width + x, (y + row) * source.width + x + width),
      row * width,
    );
  // The copy's only label is 1, the group's marks.
  const provisional = Int32Array.from(crop.member);
  return {
    context: {
      ...context,
      inkMap: { ...context.inkMap, ink: { width, height, data: ink } },
      labelling: { ...context.labelling, provisional },
      toOriginal: (box) => context.toOriginal({ ...box, x: box.x + x, y: box.y + y }),
    },
    isMember: Uint8Array.of(0, 1),
    box: { ...group.box, x: group.box.x - x, y: group.box.y - y },
  };
}

/**
 * Every way to cut a group into touching digits: paths from the columns of least ink slip between
 * digits where their strokes meet; each chain of pieces between them, left edge to right edge, with
 * every piece as wide and as tall as a digit can be, is one reading.
 */
function cutReadings({ context, isMember, box: groupBox }: DetachedGroup, density = 1): DigitCandidate[][] {
  const { digitHeight } = context;
  const crop = cropMembers(context.inkMap.ink, context.labelling, isMember, groupBox);
  const { width, height } = crop.box;
  const minPiece = MIN_PIECE_SHARE * digitHeight;
  const maxPiece = MAX_PIECE_SHARE * digitHeight;
  const most = Math.min(MAX_CUTS * density, Math.ceil((CUTS_PER_HEIGHT * density * width) / digitHeight));
  // The paths crossing the least ink, where they do not run together: a thin tail and a junction alike.
  const paths: Array<{ path: Int32Array; at: number; cost: number }> = [];
  const found = cutStarts(columnProfile(crop.member, width, height), minPiece, STARTS_PER_CUT * most)
    .map((start) => cutPath(crop.member, width, height, start, CUT_REACH * digitHeight))
    .map(({ path, cost }) => ({ path, cost, at: path.reduce((sum, x) => sum + x, 0) / path.length }))
    .sort((a, b) => a.cost - b.cost);
  for (const cut of found) {
    if (paths.length === most) break;
    if (paths.every((kept) => Math.abs(kept.at - cut.at) >= 0.5 * minPiece)) paths.push(cut);
  }
  paths.sort((a, b) => a.at - b.at);
  const nodes = [{ path: undefined, at: 0, cost: 0 }, ...paths, { path: undefined, at: width, cost: 0 }];
  const last = nodes.length - 1;
  const pieces = new Map<number, DigitCandidate | undefined>();
  const piece = (from: number, to: number): DigitCandidate | undefined => {
    const key = from * nodes.length + to;
    if (pieces.has(key)) return pieces.get(key);
    let made: DigitCandidate | undefined;
    const pieceWidth = nodes[to]!.at - nodes[from]!.at;
    if (pieceWidth >= minPiece && pieceWidth <= maxPiece) {
      const left = nodes[from]!.path;
      const right = nodes[to]!.path;
      const bounds = pieceBounds(crop.box, left, right);
      // Only the columns between the two paths are searched for the piece's marks.
      const x0 = Math.max(groupBox.x, crop.box.x + (left ? Math.min(...left) : 0));
      const x1 = Math.min(groupBox.x + groupBox.width, crop.box.x + (right ? Math.max(...right) : width));
      // Touching digits each stand about as tall as a digit; a short piece is a stroke cut off one.
      made = candidateFor(
        context,
        isMember,
        { ...groupBox, x: x0, width: x1 - x0 },
        bounds,
        MIN_PIECE_HEIGHT * digitHeight,
      );
    }
    pieces.set(key, made);
    return made;
  };
  // Chains of plausible piece widths first (no layout), then only their pieces are laid out.
  const mostPieces = Math.max(2, Math.floor(width / (MIN_TOUCHING_WIDTH * digitHeight)));
  const chains: number[][] = [];
  const extend = (chain: number[]): void => {
    const from = chain.at(-1)!;
    for (let to = from + 1; to <= last && chains.length < MAX_CUT_READINGS; to++) {
      const pieceWidth = nodes[to]!.at - nodes[from]!.at;
      if ((from === 0 && to === last) || pieceWidth < minPiece || pieceWidth > maxPiece) continue;
      if (to === last) chains.push([...chain, to]);
      else if (chain.length < mostPieces) extend([...chain, to]);
    }
  };
  extend([0]);
  const readings: DigitCandidate[][] = [];
  for (const chain of chains) {
    const way = chain.slice(1).map((to, i) => piece(chain[i]!, to));
    if (way.every((candidate) => candidate !== undefined)) readings.push(way as DigitCandidate[]);
  }
  return readings;
}

function cutsOrDenser(group: DetachedGroup): DigitCandidate[][] {
  const usual = cutReadings(group);
  return usual.length > 0 ? usual : cutReadings(group, DENSER_CUTS);
}

/**
 * Finds the digits of a handwritten number: decodes and cleans the image as normalizeDigitImage does,
 * groups its ink into digits left to right (ignoring dots, commas and specks), lays each out like
 * MNIST and, for groups wide enough to be touching digits, offers cuts for a classifier to choose from.
 * Throws PreprocessError: NO_DIGIT_FOUND, TOO_MANY_DIGITS, or any decoding refusal.
 */
export async function segmentNumber(
  bytes: Uint8Array,
  options?: PreprocessOptions,
): Promise<SegmentedNumber> {
  const { maxPixels, workingSize, normalizeStrokeWidth } = resolveOptions({
    workingSize: NUMBER_WORKING_SIZE,
    ...options,
  });
  const opened = await openImage(bytes, maxPixels);
  const { header } = opened;
  const decoded = await decodeImage(opened, workingSize);
  const { image } = toGrayscale(decoded.data, decoded.width, decoded.height, decoded.channels);
  const inkMap = extractInk(image);
  const { width, height } = inkMap.ink;
  const labelling = inkComponents(inkMap);
  const { groups, digitHeight, small } = groupIntoDigits(labelling.components);
  const minSize = minDigitSize(width, height);
  const digits = groups.filter((group) => Math.max(group.box.width, group.box.height) >= minSize);
  if (digits.length === 0)
    throw noDigitAt(groups[0]?.box ?? { x: 0, y: 0, width: 0, height: 0 }, width, height);
  if (digits.length > MAX_NUMBER_DIGITS) {
    throw new PreprocessError(
      "TOO_MANY_DIGITS",
      `Too many digits: found ${digits.length} groups of ink, at most ${MAX_NUMBER_DIGITS} are read in one image.`,
    );
  }
  const everyMember = new Uint8Array(labelling.parents.length);
  for (const group of digits) for (const label of group.labels) everyMember[label] = 1;
  const allDigits = digits.reduce((box, group) => union(box, group.box), digits[0]!.box);
  const allCrop = cropMembers(
    inkMap.ink,
    labelling,
    membersByProvisionalLabel(labelling, everyMember),
    allDigits,
  );
  const contrast = cropContrast(inkMap.ink, allCrop);
  checkStrokes(inkMap, allDigits, allCrop, contrast);

  const scaleX = header.width / decoded.width;
  const scaleY = header.height / decoded.height;
  const toOriginal = (box: Box): Box => {
    const x = Math.floor(box.x * scaleX);
    const y = Math.floor(box.y * scaleY);
    return {
      x,
      y,
      width: Math.min(header.width, Math.ceil((box.x + box.width) * scaleX)) - x,
      height: Math.min(header.height, Math.ceil((box.y + box.height) * scaleY)) - y,
    };
  };
  const context: SegmentContext = {
    inkMap,
    labelling,
    contrast,
    normalizeStrokeWidth,
    toOriginal,
    digitHeight,
  };
  const spans: InkSpan[] = [];
  digits.forEach((group, i) => {
    const span: InkSpan = {
      from: i,
      to: i + 1,
      width: group.box.width / digitHeight,
      readings: wholeReadings(context, group),
    };
    if (span.width >= MIN_CUT_WIDTH) {
      const detached = detachGroup(context, group);
      let cuts: DigitCandidate[][] | undefined;
      span.cutReadings = () => (cuts ??= cutsOrDenser(detached));
    }
    spans.push(span);
  });
  for (let i = 0; i + 1 < digits.length; i++) {
    const merged = mergeGroups(digits[i]!, digits[i + 1]!);
    // Two pieces of one digit stand close and together are no wider than a digit.
    if (
      boxGap(digits[i]!.box, digits[i + 1]!.box) > MAX_MERGE_GAP * digitHeight ||
      merged.box.width > MAX_MERGE_WIDTH * digitHeight
    )
      continue;
    spans.push({
      from: i,
      to: i + 2,
      width: merged.box.width / digitHeight,
      readings: wholeReadings(context, merged),
    });
  }
  const readable = spans.filter((span) => span.readings.length > 0 || span.cutReadings);
  if (readable.length === 0)
    throw new PreprocessError(
      "NO_DIGIT_FOUND",
      "No digit found: no group of marks can be laid out as a digit.",
    );
  return {
    format: header.format,
    width: header.width,
    height: header.height,
    inverted: inkMap.darkInk,
    digitHeight: Math.round(digitHeight * scaleY),
    groupCount: digits.length,
    spans: readable,
    ignoredMarks: [...small, ...groups.filter((group) => !digits.includes(group))].map((group) =>
      toOriginal(group.box),
    ),
  };
}
