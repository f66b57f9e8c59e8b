import { scratch } from "./scratch-buffers.js";

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Component {
  /** Root label: `rootOf(labelling, provisional[index]) === label` for the component's pixels. */
  label: number;
  /** Pixels at or above the low threshold. */
  area: number;
  /** Sum of values over the component. */
  mass: number;
  box: Box;
}

export interface Labelling {
  /** Provisional label per pixel (0 = background); resolve with `rootOf`. */
  provisional: Int32Array;
  parents: Int32Array;
  /** Components that reached the high threshold somewhere. */
  components: Component[];
}

function find(parents: Int32Array, label: number): number {
  let root = label;
  while (parents[root] !== root) root = parents[root]!;
  while (parents[label] !== root) {
    const next = parents[label]!;
    parents[label] = root;
    label = next;
  }
  return root;
}

export function rootOf(labelling: Labelling, label: number): number {
  return label === 0 ? 0 : find(labelling.parents, label);
}

/** Per provisional label: its parent and what its own pixels add up to (see labelComponents). */
interface LabelStats {
  parents: Int32Array;
  area: Float64Array;
  mass: Float64Array;
  strong: Uint8Array;
  x0: Int32Array;
  y0: Int32Array;
  x1: Int32Array;
  y1: Int32Array;
}

/** Joins two labels' sets, the smaller root becoming the root of both; returns it. */
function merge(parents: Int32Array, a: number, b: number): number {
  const rootA = find(parents, a);
  const rootB = find(parents, b);
  if (rootA !== rootB) parents[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  return Math.min(rootA, rootB);
}

/**
 * The pixel pass: provisional labels and each label's own statistics; returns the next unused label.
 * Each pass of labelComponents is its own function, so code compiled in the middle of one pass's loop
 * (on-stack replacement) holds no later pass it has not seen run (whose deopts it would repeat every call).
 *
 * It walks whole runs of a row's pixels at or above `low`: a run touches the labels above it from one
 * column before it to one after, and gets one label, made (in the same order as a pixel-by-pixel pass
 * would make it) when nothing lies above its first pixel. A run's mass is summed before it is added:
 * values >= 0.04 in float32 are multiples of 2^-28, so every partial sum of up to 2^25 of them is exact
 * in a double and the order does not change a bit.
 */
function labelPixels(values: Float32Array, width: number, height: number, low: number, high: number, provisional: Int32Array, stats: LabelStats): number {
  const { parents, area, mass, strong, x0, x1, y1 } = stats;
  const pairs = new Float64Array(values.buffer, values.byteOffset, low > 0 && values.byteOffset % 8 === 0 ? values.length >> 1 : 0);
  let next = 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    const up = row - width;
    let x = 0;
    while (x < width) {
      // Bare ground two pixels at a time: a double whose bits are zero but for the sign holds two zeros.
      if (((row + x) & 1) === 0 && x + 1 < width && ((row + x) >> 1) < pairs.length && pairs[(row + x) >> 1] === 0) {
        x += 2;
        continue;
      }
      if (values[row + x]! < low) {
        x++;
        continue;
      }
      const start = x;
      let runMass = 0;
      let peak = 0;
      do {
        const value = values[row + x]!;
        runMass += value;
        if (value > peak) peak = value;
        x++;
      } while (x < width && values[row + x]! >= low);
      const last = x - 1;
      let label = 0;
      if (y > 0) {
        const left = start > 0 ? start - 1 : 0;
        const right = x < width ? x : last;
        // Nothing above the first pixel (up-left, up, up-right): a new label, as the pixel-wise pass makes it.
        let above = 0;
        for (let ux = left; ux <= start + 1 && ux <= right; ux++) above |= provisional[up + ux]!;
        if (above === 0) label = newLabel(stats, next++, start, y);
        for (let ux = left; ux <= right; ux++) {
          const neighbour = provisional[up + ux]!;
          if (neighbour === 0 || neighbour === label) continue;
          label = label === 0 ? neighbour : merge(parents, label, neighbour);
        }
      } else label = newLabel(stats, next++, start, y);
      for (let i = row + start; i < row + x; i++) provisional[i] = label;
      area[label]! += x - start;
      mass[label]! += runMass;
      if (peak >= high) strong[label] = 1;
      if (start < x0[label]!) x0[label] = start;
      if (last > x1[label]!) x1[label] = last;
      if (y > y1[label]!) y1[label] = y;
    }
  }
  return next;
}

/** Starts a label's statistics at its first pixel; returns the label. */
function newLabel(stats: LabelStats, label: number, x: number, y: number): number {
  stats.parents[label] = label;
  stats.area[label] = 0;
  stats.mass[label] = 0;
  stats.strong[label] = 0;
  stats.x0[label] = x;
  stats.y0[label] = y;
  stats.x1[label] = x;
  stats.y1[label] = y;
  return label;
}

/** Adds every label's statistics to its final root: each label holds only the pixels it was given, so the order does not matter. */
function addToRoots(stats: LabelStats, next: number): void {
  const { parents, area, mass, strong, x0, y0, x1, y1 } = stats;
  for (let label = next - 1; label >= 1; label--) {
    const root = find(parents, label);
    if (root === label) continue;
    area[root]! += area[label]!;
    mass[root]! += mass[label]!;
    strong[root]! |= strong[label]!;
    x0[root] = Math.min(x0[root]!, x0[label]!);
    y0[root] = Math.min(y0[root]!, y0[label]!);
    x1[root] = Math.max(x1[root]!, x1[label]!);
    y1[root] = Math.max(y1[root]!, y1[label]!);
  }
}

/** The roots that reached the high threshold, as components. */
function strongComponents(stats: LabelStats, next: number): Component[] {
  const { parents, area, mass, strong, x0, y0, x1, y1 } = stats;
  const components: Component[] = [];
  for (let label = 1; label < next; label++) {
    if (parents[label] !== label || !strong[label]) continue;
    components.push({
      label,
      area: area[label]!,
      mass: mass[label]!,
      box: { x: x0[label]!, y: y0[label]!, width: x1[label]! - x0[label]! + 1, height: y1[label]! - y0[label]! + 1 },
    });
  }
  return components;
}

/**
 * Hysteresis labelling, 8-connected, in one pass: regions of values >= low that contain at least
 * one value >= high. Faint stroke edges join their stroke; faint noise never becomes a component.
 */
export function labelComponents(values: Float32Array, width: number, height: number, low: number, high: number): Labelling {
  const provisional = scratch.int32("labels", width * height);
  // 8-connected runs can start at most once per 2x2 cell, which bounds the provisional label count.
  const capacity = ((width + 1) >> 1) * ((height + 1) >> 1) + 2;
  // Per-label arrays are set when a label is made, so they skip the zero fill (most of them stay unused).
  const stats: LabelStats = {
    parents: scratch.int32("label-parents", capacity, false),
    area: scratch.float64("label-area", capacity, false),
    mass: scratch.float64("label-mass", capacity, false),
    strong: scratch.uint8("label-strong", capacity, false),
    x0: scratch.int32("label-x0", capacity, false),
    y0: scratch.int32("label-y0", capacity, false),
    x1: scratch.int32("label-x1", capacity, false),
    y1: scratch.int32("label-y1", capacity, false),
  };
  const next = labelPixels(values, width, height, low, high, provisional, stats);
  addToRoots(stats, next);
  const components = strongComponents(stats, next);
  return { provisional, parents: stats.parents.subarray(0, next), components };
}
