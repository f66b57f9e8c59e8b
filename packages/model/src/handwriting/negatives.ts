import { IMAGE_PIXELS } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { type Random, uniform } from "../random.js";
import { elasticDistort } from "./elastic.js";
import { glyphsFor, type Glyph, type GlyphSource } from "./hershey.js";
import { blankInk, drawStrokes, enlargeMnist, inkBox, resizeInk, type InkImage, type Point } from "./ink-image.js";

/**
 * Kinds of drawings that are not one digit, with their share of the generated negatives (sums to
 * 100). Fragments of digits train only: a piece of a digit can read as another digit (the top of a 9
 * is a 0), so it would be an unfair test.
 */
export const NON_DIGIT_WEIGHTS = {
  glyph: 44,
  shape: 16,
  scribble: 10,
  "digit-pair": 16,
  "crossed-out": 10,
  fragment: 4,
} as const;
export type NonDigitDrawing = keyof typeof NON_DIGIT_WEIGHTS;
export const NON_DIGIT_DRAWINGS = Object.keys(NON_DIGIT_WEIGHTS) as NonDigitDrawing[];
export const EVALUATED_NON_DIGIT_DRAWINGS = NON_DIGIT_DRAWINGS.filter((kind) => kind !== "fragment");

export function pickNonDigitDrawing(random: Random, kinds: readonly NonDigitDrawing[] = NON_DIGIT_DRAWINGS): NonDigitDrawing {
  const total = kinds.reduce((sum, kind) => sum + NON_DIGIT_WEIGHTS[kind], 0);
  let r = random() * total;
  for (const kind of kinds) {
    r -= NON_DIGIT_WEIGHTS[kind];
    if (r < 0) return kind;
  }
  return kinds[0]!;
}

/** Size of the drawing area: shapes are drawn about 60 px tall, like the pen styles at training scale. */
const SIDE = 72;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Fits strokes into a box of about `height` pixels with a random rotation, shear and aspect, plus hand tremor. */
function placeStrokes(strokes: readonly (readonly Point[])[], random: Random, height = uniform(random, 44, 60)): { strokes: Point[][]; width: number; height: number } {
  const points = strokes.flat();
  const minX = Math.min(...points.map((p) => p.x));
  const maxX = Math.max(...points.map((p) => p.x));
  const minY = Math.min(...points.map((p) => p.y));
  const maxY = Math.max(...points.map((p) => p.y));
  const size = Math.max(maxX - minX, maxY - minY, 1e-6);
  const angle = uniform(random, -0.3, 0.3);
  const shear = uniform(random, -0.25, 0.25);
  const aspect = Math.exp(uniform(random, -0.25, 0.25));
  const scale = height / size;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const tremor = uniform(random, 0, 1.2);
  const placed = strokes.map((stroke) =>
    stroke.map(({ x, y }) => {
      const u = (x - cx) * scale * aspect;
      const v = (y - cy) * scale;
      const sheared = u + shear * v;
      return {
        x: SIDE / 2 + cos * sheared - sin * v + uniform(random, -tremor, tremor),
        y: SIDE / 2 + sin * sheared + cos * v + uniform(random, -tremor, tremor),
      };
    }),
  );
  return { strokes: placed, width: SIDE, height: SIDE };
}

function drawPlaced(strokes: readonly (readonly Point[])[], random: Random, radius = uniform(random, 1, 4.5)): InkImage {
  const placed = placeStrokes(strokes, random);
  const image = blankInk(placed.width, placed.height);
  drawStrokes(image, placed.strokes, radius);
  return random() < 0.4 ? elasticDistort(image, uniform(random, 30, 80), 9, random) : image;
}

function circle(cx: number, cy: number, r: number, from = 0, to = 2 * Math.PI, steps = 24): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = from + ((to - from) * i) / steps;
    return { x: cx + r * Math.cos(t), y: cy + r * Math.sin(t) };
  });
}

/** Simple figures people doodle; none is a circle alone, an ellipse or a single vertical line, which read as 0 and 1. */
const SHAPES: Record<string, (random: Random) => Point[][]> = {
  rectangle: (r) => [[{ x: 0, y: 0 }, { x: uniform(r, 0.6, 1.4), y: 0 }, { x: uniform(r, 0.6, 1.4), y: 1 }, { x: 0, y: 1 }, { x: 0, y: 0 }]],
  triangle: () => [[{ x: 0.5, y: 0 }, { x: 1, y: 1 }, { x: 0, y: 1 }, { x: 0.5, y: 0 }]],
  star: () => [Array.from({ length: 11 }, (_, i) => ({ x: Math.cos(-Math.PI / 2 + (i * 4 * Math.PI) / 5), y: Math.sin(-Math.PI / 2 + (i * 4 * Math.PI) / 5) }))],
  cross: () => [[{ x: 0, y: 0 }, { x: 1, y: 1 }], [{ x: 1, y: 0 }, { x: 0, y: 1 }]],
  plus: () => [[{ x: 0.5, y: 0 }, { x: 0.5, y: 1 }], [{ x: 0, y: 0.5 }, { x: 1, y: 0.5 }]],
  hash: () => [[{ x: 0.35, y: 0 }, { x: 0.25, y: 1 }], [{ x: 0.75, y: 0 }, { x: 0.65, y: 1 }], [{ x: 0, y: 0.33 }, { x: 1, y: 0.33 }], [{ x: 0, y: 0.67 }, { x: 1, y: 0.67 }]],
  arrow: (r) => {
    const head = uniform(r, 0.2, 0.35);
    return [[{ x: 0, y: 0.5 }, { x: 1, y: 0.5 }], [{ x: 1 - head, y: 0.5 - head }, { x: 1, y: 0.5 }, { x: 1 - head, y: 0.5 + head }]];
  },
  zigzag: (r) => [Array.from({ length: 5 + Math.floor(r() * 4) }, (_, i) => ({ x: i * 0.25, y: i % 2 ? 0.6 : 0 }))],
  wave: (r) => [Array.from({ length: 40 }, (_, i) => ({ x: i / 39, y: 0.15 * Math.sin((i / 39) * Math.PI * uniform(r, 2.5, 5)) }))],
  tick: () => [[{ x: 0, y: 0.55 }, { x: 0.35, y: 1 }, { x: 1, y: 0 }]],
  smiley: () => [circle(0, 0, 1), circle(-0.35, -0.3, 0.08), circle(0.35, -0.3, 0.08), circle(0, 0.05, 0.55, 0.2 * Math.PI, 0.8 * Math.PI, 12)],
  hourglass: () => [[{ x: 0, y: 0 }, { x: 1, y: 0 }, { x: 0, y: 1 }, { x: 1, y: 1 }, { x: 0, y: 0 }]],
  "horizontal-line": () => [[{ x: 0, y: 0 }, { x: 1, y: 0.02 }]],
  grid: () => [[{ x: 0.33, y: 0 }, { x: 0.33, y: 1 }], [{ x: 0.67, y: 0 }, { x: 0.67, y: 1 }], [{ x: 0, y: 0.33 }, { x: 1, y: 0.33 }], [{ x: 0, y: 0.67 }, { x: 1, y: 0.67 }]],
  heart: () => [[...circle(-0.5, 0, 0.5, Math.PI, 2 * Math.PI, 12), { x: 0, y: 1.2 }], [...circle(0.5, 0, 0.5, Math.PI, 2 * Math.PI, 12).reverse(), { x: 0, y: 1.2 }]],
  asterisk: () => [0, 1, 2].map((i) => [{ x: Math.cos((i * Math.PI) / 3), y: Math.sin((i * Math.PI) / 3) }, { x: -Math.cos((i * Math.PI) / 3), y: -Math.sin((i * Math.PI) / 3) }]),
  infinity: () => [Array.from({ length: 41 }, (_, i) => ({ x: Math.sin((i / 40) * 2 * Math.PI), y: 0.35 * Math.sin((i / 40) * 4 * Math.PI) }))],
  house: () => [[{ x: 0, y: 1 }, { x: 0, y: 0.4 }, { x: 0.5, y: 0 }, { x: 1, y: 0.4 }, { x: 1, y: 1 }, { x: 0, y: 1 }]],
  "circled-cross": () => [circle(0, 0, 1), [{ x: -0.7, y: -0.7 }, { x: 0.7, y: 0.7 }], [{ x: 0.7, y: -0.7 }, { x: -0.7, y: 0.7 }]],
  lightning: () => [[{ x: 0.6, y: 0 }, { x: 0.2, y: 0.55 }, { x: 0.7, y: 0.45 }, { x: 0.3, y: 1 }]],
};
const SHAPE_NAMES = Object.keys(SHAPES);

/**
 * A random walk with momentum that covers its area several times over: the scribble of someone
 * testing the pen (a short smooth walk would be a stroke that may read as a 1, 2 or 7).
 */
function scribble(random: Random): Point[][] {
  for (;;) {
    const points: Point[] = [{ x: 0, y: 0 }];
    let heading = uniform(random, 0, 2 * Math.PI);
    const turn = uniform(random, 0.6, 1.8);
    for (let i = 0, n = 25 + Math.floor(random() * 35); i < n; i++) {
      heading += uniform(random, -turn, turn);
      const last = points[points.length - 1]!;
      points.push({ x: last.x + Math.cos(heading), y: last.y + Math.sin(heading) });
    }
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    if (points.length - 1 >= 5 * side) return [points];
  }
}

function digitAt(digits: DigitSet, random: Random, scale = 3): InkImage {
  return enlargeMnist(digits.images, Math.floor(random() * digits.count) * IMAGE_PIXELS, scale);
}

/** Copies `source` into `target` at (left, top), keeping the brighter pixel. */
function paste(target: InkImage, source: InkImage, left: number, top: number): void {
  for (let y = 0; y < source.height; y++) {
    const ty = y + top;
    if (ty < 0 || ty >= target.height) continue;
    for (let x = 0; x < source.width; x++) {
      const tx = x + left;
      if (tx < 0 || tx >= target.width) continue;
      const i = ty * target.width + tx;
      target.data[i] = Math.max(target.data[i]!, source.data[y * source.width + x]!);
    }
  }
}

/** Two digits side by side, from well apart to touching and slightly overlapping: a number, not a digit. */
function digitPair(digits: DigitSet, random: Random): InkImage {
  const parts = [digitAt(digits, random), digitAt(digits, random)].map((image) => {
    const box = inkBox(image)!;
    const scale = uniform(random, 0.85, 1.15);
    const width = Math.max(2, Math.round(box.width * scale));
    const height = Math.max(2, Math.round(box.height * scale));
    return resizeInk(image, box, width, height, { width, height, left: 0, top: 0 });
  });
  const [a, b] = parts as [InkImage, InkImage];
  const gap = Math.round(uniform(random, -0.12, 0.7) * Math.min(a.width, b.width));
  const height = Math.max(a.height, b.height);
  const out = blankInk(a.width + b.width + Math.max(gap, 0) + 16, height + 24);
  paste(out, a, 8, 12 + Math.round(uniform(random, -0.1, 0.1) * height));
  paste(out, b, 8 + a.width + gap, 12 + Math.round(uniform(random, -0.1, 0.1) * height));
  return out;
}

/** A digit struck through or scribbled over. */
function crossedOut(digits: DigitSet, random: Random): InkImage {
  const digit = digitAt(digits, random);
  const box = inkBox(digit)!;
  const radius = uniform(random, 2, 4);
  const strokes: Point[][] = [];
  if (random() < 0.35) {
    // A scribble across the digit.
    const walk = scribble(random)[0]!;
    const xs = walk.map((p) => p.x);
    const ys = walk.map((p) => p.y);
    const sx = box.width / Math.max(1e-6, Math.max(...xs) - Math.min(...xs));
    const sy = box.height / Math.max(1e-6, Math.max(...ys) - Math.min(...ys));
    strokes.push(walk.map((p) => ({ x: box.x + (p.x - Math.min(...xs)) * sx, y: box.y + (p.y - Math.min(...ys)) * sy })));
  } else {
    // Two or three strikes: one line through a digit can be part of it (a crossed 7, a Z-like 2).
    for (let i = 0, n = 2 + Math.floor(random() * 2); i < n; i++) {
      const angle = uniform(random, -0.9, 0.9) + (random() < 0.5 ? 0 : Math.PI / 2);
      const cx = box.x + box.width * uniform(random, 0.3, 0.7);
      const cy = box.y + box.height * uniform(random, 0.3, 0.7);
      const half = 0.65 * Math.max(box.width, box.height);
      strokes.push([
        { x: cx - half * Math.cos(angle), y: cy - half * Math.sin(angle) },
        { x: cx + half * Math.cos(angle), y: cy + half * Math.sin(angle) },
      ]);
    }
  }
  drawStrokes(digit, strokes, radius);
  return digit;
}

/** Part of a digit (a window over 35-60% of it one way), at least as wide as tall: never a bar that would be a 1. */
function fragment(digits: DigitSet, random: Random): InkImage {
  for (;;) {
    const digit = digitAt(digits, random);
    const box = inkBox(digit)!;
    const horizontal = random() < 0.5;
    const share = uniform(random, 0.35, 0.6);
    const fromStart = random() < 0.5;
    const window = horizontal
      ? { x: fromStart ? box.x : box.x + Math.round(box.width * (1 - share)), y: box.y, width: Math.round(box.width * share), height: box.height }
      : { x: box.x, y: fromStart ? box.y : box.y + Math.round(box.height * (1 - share)), width: box.width, height: Math.round(box.height * share) };
    const out = blankInk(digit.width, digit.height);
    for (let y = window.y; y < window.y + window.height; y++) {
      for (let x = window.x; x < window.x + window.width; x++) out.data[y * out.width + x] = digit.data[y * digit.width + x]!;
    }
    const kept = inkBox(out);
    if (kept && kept.width >= 0.8 * kept.height && kept.width * kept.height >= 0.15 * box.width * box.height) return out;
  }
}

/**
 * One drawing that is not a single digit, white ink on black about 60-72 px tall. `digits` supplies
 * the digits of pairs, crossed-out digits and fragments (training digits for training, test digits
 * for evaluation); `glyphs` chooses the fonts.
 */
export function renderNonDigit(kind: NonDigitDrawing, random: Random, digits: DigitSet, glyphs: GlyphSource): InkImage {
  switch (kind) {
    case "glyph": {
      const glyph: Glyph = pick(random, glyphsFor(glyphs));
      return drawPlaced(glyph, random);
    }
    case "shape":
      return drawPlaced(SHAPES[pick(random, SHAPE_NAMES)]!(random), random);
    case "scribble":
      return drawPlaced(scribble(random), random);
    case "digit-pair":
      return digitPair(digits, random);
    case "crossed-out":
      return crossedOut(digits, random);
    case "fragment":
      return fragment(digits, random);
  }
}
