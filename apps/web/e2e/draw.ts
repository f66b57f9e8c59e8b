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
