import type { Box } from "./connected-components.js";

/** The smallest box holding both. */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** Columns the two boxes share (negative: the gap between them). */
export function columnOverlap(a: Box, b: Box): number {
  return Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
}

/** Rows between the two boxes (0 when they share rows). */
export function verticalGap(a: Box, b: Box): number {
  return Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height));
}

/** Straight-line distance between the boxes' nearest edges (0 when they touch or overlap). */
export function boxGap(a: Box, b: Box): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width));
  return Math.hypot(dx, verticalGap(a, b));
}
