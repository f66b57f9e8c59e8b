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
 */
function labelPixels(values: Float32Array, width: number, height: number, low: number, high: number, provisional: Int32Array, stats: LabelStats): number {
  const { parents, area, mass, strong, x0, y0, x1, y1 } = stats;
  let next = 1;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const index = row + x;
      const value = values[index]!;
      if (value < low) continue;
      let label = x > 0 ? provisional[index - 1]! : 0;
      if (y > 0 && label !== 0) {
        // The left neighbour already joined the pixels above-left and above: only above-right is new.
        const upRight = x + 1 < width ? provisional[row - width + x + 1]! : 0;
        if (upRight !== 0 && upRight !== label) label = merge(parents, label, upRight);
      } else if (y > 0) {
        const up = row - width + x;
        for (let dx = -1; dx <= 1; dx++) {
          if (x + dx < 0 || x + dx >= width) continue;
          const neighbour = provisional[up + dx]!;
          if (neighbour === 0 || neighbour === label) continue;
          label = label === 0 ? neighbour : merge(parents, label, neighbour);
        }
      }
      if (label === 0) {
        label = next++;
        parents[label] = label;
        area[label] = 0;
        mass[label] = 0;
        strong[label] = 0;
        x0[label] = x;
        y0[label] = y;
        x1[label] = x;
        y1[label] = y;
      }
      provisional[index] = label;
      area[label]!++;
      mass[label]! += value;
      if (value >= high) strong[label] = 1;
      if (x < x0[label]!) x0[label] = x;
      if (x > x1[label]!) x1[label] = x;
      if (y > y1[label]!) y1[label] = y;
    }
  }
  return next;
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
