import type { Page } from "playwright-core";

/** Strokes in fractions of the pad; each is drawn as one mouse press with many small moves. */
export type Path = Array<[number, number]>;

export const SEVEN: Path[] = [
  [
    [0.25, 0.2],
    [0.75, 0.2],
    [0.62, 0.45],
    [0.45, 0.85],
  ],
];

export async function drawOnCanvas(page: Page, strokes: Path[]): Promise<void> {
  const canvas = page.getByTestId("drawing-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("drawing canvas is not visible");
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  for (const stroke of strokes) {
    const [first, ...rest] = stroke;
    if (!first) continue;
    await page.mouse.move(...at(first));
    await page.mouse.down();
    for (const point of rest) await page.mouse.move(...at(point), { steps: 12 });
    await page.mouse.up();
  }
}

/** An upper-case A: not a digit, whatever the model's nearest guess (a 4). */
export const LETTER_A: Path[] = [
  [
    [0.25, 0.85],
    [0.5, 0.15],
    [0.75, 0.85],
  ],
  [
    [0.35, 0.6],
    [0.65, 0.6],
  ],
];

const circle = (cx: number, cy: number, r: number, from = 0, to = 2 * Math.PI, steps = 28): Path =>
  Array.from({ length: steps + 1 }, (_, i) => {
    const t = from + ((to - from) * i) / steps;
    return [cx + r * Math.cos(t), cy + r * Math.sin(t)] as [number, number];
  });

/** A smiley: a face, two eyes and a mouth. */
export const SMILEY: Path[] = [
  circle(0.5, 0.5, 0.35),
  circle(0.38, 0.4, 0.025, 0, 2 * Math.PI, 8),
  circle(0.62, 0.4, 0.025, 0, 2 * Math.PI, 8),
  circle(0.5, 0.5, 0.2, 0.2 * Math.PI, 0.8 * Math.PI, 12),
];

/** "42": a 4 on the left half of the pad and a 2 on the right. */
export const FORTY_TWO: Path[] = [
  [
    [0.3, 0.25],
    [0.1, 0.6],
    [0.42, 0.6],
  ],
  [
    [0.33, 0.4],
    [0.33, 0.78],
  ],
  [
    [0.55, 0.35],
    [0.65, 0.25],
    [0.8, 0.27],
    [0.85, 0.38],
    [0.78, 0.5],
    [0.56, 0.75],
    [0.9, 0.75],
  ],
];
