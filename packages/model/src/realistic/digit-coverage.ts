import { sampleBicubic } from "./bicubic.js";
import { skeletonize } from "./skeleton.js";

/** Where and how big the MNIST frame is drawn in the target image. */
export interface Placement {
  width: number;
  height: number;
  /** Image pixels per MNIST pixel. */
  scale: number;
  /** Radians, clockwise on screen. */
  angle: number;
  /** Horizontal stretch of the handwriting (1 = as in MNIST). */
  aspect: number;
  /** Image position of the MNIST frame's centre. */
  centreX: number;
  centreY: number;
}

/**
 * `shape` keeps the writer's own stroke profile: the smoothly upscaled digit cut at `threshold`
 * (lower = bolder). `pen` redraws the digit's centre line with a round pen `width` image pixels wide,
 * like a canvas brush or a marker, from hairline to fat.
 */
export type StrokeModel = { kind: "shape"; threshold: number } | { kind: "pen"; width: number };

export interface Coverage {
  width: number;
  height: number;
  /** Ink coverage 0..1 per pixel, anti-aliased. */
  data: Float32Array;
}

const FRAME_CENTRE = 13.5;
const SKELETON_SUPERSAMPLE = 4;

function smoothstep(edge0: number, edge1: number, value: number): number {
  const t = Math.min(1, Math.max(0, (value - edge0) / (edge1 - edge0)));
  return t * t * (3 - 2 * t);
}

function toImage(placement: Placement, mx: number, my: number): [number, number] {
  const dx = (mx - FRAME_CENTRE) * placement.scale * placement.aspect;
  const dy = (my - FRAME_CENTRE) * placement.scale;
  const cos = Math.cos(placement.angle);
  const sin = Math.sin(placement.angle);
  return [placement.centreX + dx * cos - dy * sin, placement.centreY + dx * sin + dy * cos];
}

function frameBounds(placement: Placement, margin: number): { x0: number; y0: number; x1: number; y1: number } {
  const corners = [toImage(placement, -1, -1), toImage(placement, 28, -1), toImage(placement, -1, 28), toImage(placement, 28, 28)];
  const xs = corners.map((corner) => corner[0]);
  const ys = corners.map((corner) => corner[1]);
  return {
    x0: Math.max(0, Math.floor(Math.min(...xs) - margin)),
    y0: Math.max(0, Math.floor(Math.min(...ys) - margin)),
    x1: Math.min(placement.width - 1, Math.ceil(Math.max(...xs) + margin)),
    y1: Math.min(placement.height - 1, Math.ceil(Math.max(...ys) + margin)),
  };
}

function renderShape(digit: Float32Array, placement: Placement, threshold: number, out: Float32Array): void {
  const soft = Math.min(0.45, Math.max(0.06, 0.5 / placement.scale));
  const { x0, y0, x1, y1 } = frameBounds(placement, 2);
  const cos = Math.cos(placement.angle);
  const sin = Math.sin(placement.angle);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const dx = x + 0.5 - placement.centreX;
      const dy = y + 0.5 - placement.centreY;
      const mx = (dx * cos + dy * sin) / (placement.scale * placement.aspect) + FRAME_CENTRE;
      const my = (-dx * sin + dy * cos) / placement.scale + FRAME_CENTRE;
      if (mx < -2 || my < -2 || mx > 29 || my > 29) continue;
      const value = sampleBicubic(digit, 28, 28, mx, my);
      out[y * placement.width + x] = smoothstep(threshold - soft, threshold + soft, value);
    }
  }
}

/** Holes smaller than this (in 4x-grid pixels, ~2.5 MNIST pixels) are scanning artefacts, not loops. */
const PINHOLE_AREA = 40;

/** Fills small enclosed background regions so thinning does not turn them into spurious loops. */
function fillPinholes(mask: Uint8Array, width: number, height: number): Uint8Array {
  const out = Uint8Array.from(mask);
  const seen = new Uint8Array(mask.length);
  const stack: number[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (mask[start] || seen[start]) continue;
    const region: number[] = [];
    let touchesEdge = false;
    stack.push(start);
    seen[start] = 1;
    while (stack.length > 0) {
      const index = stack.pop()!;
      region.push(index);
      const x = index % width;
      const y = Math.floor(index / width);
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) touchesEdge = true;
      for (const next of [x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1, y > 0 ? index - width : -1, y < height - 1 ? index + width : -1]) {
        if (next >= 0 && !mask[next] && !seen[next]) {
          seen[next] = 1;
          stack.push(next);
        }
      }
    }
    if (!touchesEdge && region.length < PINHOLE_AREA) for (const index of region) out[index] = 1;
  }
  return out;
}

/** Centre-line pixels of the digit on a 4x grid, in MNIST coordinates. */
function centreLine(digit: Float32Array): { points: [number, number][]; links: [number, number][] } {
  const side = 28 * SKELETON_SUPERSAMPLE;
  const mask = new Uint8Array(side * side);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const value = sampleBicubic(digit, 28, 28, (x + 0.5) / SKELETON_SUPERSAMPLE - 0.5, (y + 0.5) / SKELETON_SUPERSAMPLE - 0.5);
      // Below MNIST's mid-grey, so the faint strokes of light writers keep their centre line.
      mask[y * side + x] = value >= 0.4 ? 1 : 0;
    }
  }
  const skeleton = skeletonize(fillPinholes(mask, side, side), side, side);
  const index = new Int32Array(side * side).fill(-1);
  const points: [number, number][] = [];
  for (let i = 0; i < skeleton.length; i++) {
    if (!skeleton[i]) continue;
    index[i] = points.length;
    points.push([((i % side) + 0.5) / SKELETON_SUPERSAMPLE - 0.5, (Math.floor(i / side) + 0.5) / SKELETON_SUPERSAMPLE - 0.5]);
  }
  const links: [number, number][] = [];
  for (let i = 0; i < skeleton.length; i++) {
    if (!skeleton[i]) continue;
    const x = i % side;
    const y = Math.floor(i / side);
    // Forward neighbours only (E, SW, S, SE), so each link is listed once.
    for (const [dx, dy] of [[1, 0], [-1, 1], [0, 1], [1, 1]] as const) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx < 0 || nx >= side || ny >= side) continue;
      const neighbour = index[ny * side + nx]!;
      if (neighbour >= 0) links.push([index[i]!, neighbour]);
    }
  }
  return { points, links };
}

function stampCapsule(out: Float32Array, width: number, height: number, ax: number, ay: number, bx: number, by: number, radius: number): void {
  const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - radius - 1));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + radius + 1));
  const y0 = Math.max(0, Math.floor(Math.min(ay, by) - radius - 1));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + radius + 1));
  const ex = bx - ax;
  const ey = by - ay;
  const lengthSquared = ex * ex + ey * ey;
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const px = x + 0.5 - ax;
      const py = y + 0.5 - ay;
      const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, (px * ex + py * ey) / lengthSquared));
      const distance = Math.hypot(px - t * ex, py - t * ey);
      const coverage = Math.min(1, Math.max(0, radius - distance + 0.5));
      const index = y * width + x;
      if (coverage > out[index]!) out[index] = coverage;
    }
  }
}

function renderPen(digit: Float32Array, placement: Placement, penWidth: number, out: Float32Array): void {
  const { points, links } = centreLine(digit);
  const projected = points.map(([mx, my]) => toImage(placement, mx, my));
  const radius = penWidth / 2;
  const linked = new Uint8Array(points.length);
  for (const [a, b] of links) {
    const [ax, ay] = projected[a]!;
    const [bx, by] = projected[b]!;
    stampCapsule(out, placement.width, placement.height, ax, ay, bx, by, radius);
    linked[a] = 1;
    linked[b] = 1;
  }
  projected.forEach(([x, y], i) => {
    if (!linked[i]) stampCapsule(out, placement.width, placement.height, x, y, x, y, radius);
  });
}

/** Anti-aliased ink coverage of an MNIST digit (28x28 bytes, white on black) drawn at `placement`. */
export function renderDigitCoverage(mnistDigit: Uint8Array, placement: Placement, stroke: StrokeModel): Coverage {
  const digit = Float32Array.from(mnistDigit, (value) => value / 255);
  const data = new Float32Array(placement.width * placement.height);
  if (stroke.kind === "shape") renderShape(digit, placement, stroke.threshold, data);
  else renderPen(digit, placement, stroke.width, data);
  return { width: placement.width, height: placement.height, data };
}

function touchesBorder(coverage: Coverage): boolean {
  const { width, height, data } = coverage;
  for (let x = 0; x < width; x++) if (data[x]! > 0 || data[(height - 1) * width + x]! > 0) return true;
  for (let y = 0; y < height; y++) if (data[y * width]! > 0 || data[y * width + width - 1]! > 0) return true;
  return false;
}

/** Like renderDigitCoverage, but shrinks the digit (and pen) about its centre until no stroke is cut off by the image edge. */
export function renderDigitInside(mnistDigit: Uint8Array, placement: Placement, stroke: StrokeModel): Coverage {
  let current = placement;
  let pen = stroke;
  for (let attempt = 0; ; attempt++) {
    const coverage = renderDigitCoverage(mnistDigit, current, pen);
    if (attempt >= 8 || !touchesBorder(coverage)) return coverage;
    current = { ...current, scale: current.scale * 0.88 };
    if (pen.kind === "pen") pen = { kind: "pen", width: Math.max(1, pen.width * 0.88) };
  }
}
