import { encodePng } from "./encode-png.js";

const SIDE = 280;
const STROKE_RADIUS = 9;
/** A "7" as a canvas export would give it: black strokes on a transparent 280x280 canvas. */
const SEGMENTS: Array<[number, number, number, number]> = [
  [75, 57, 218, 57],
  [218, 57, 133, 238],
];

function distanceToSegment(x: number, y: number, [x0, y0, x1, y1]: [number, number, number, number]): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - x0 - t * dx, y - y0 - t * dy);
}

/** A drawing to run through fresh threads so their JIT is warm before the first real upload. */
export function warmUpDrawing(): Buffer {
  const rgba = new Uint8Array(SIDE * SIDE * 4);
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const distance = Math.min(...SEGMENTS.map((segment) => distanceToSegment(x + 0.5, y + 0.5, segment)));
      // One pixel of anti-aliasing at the stroke's edge, as a browser canvas draws it.
      rgba[(y * SIDE + x) * 4 + 3] = Math.round(255 * Math.max(0, Math.min(1, STROKE_RADIUS + 0.5 - distance)));
    }
  }
  return encodePng(rgba, SIDE, SIDE, 4);
}
