import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { SEVEN, digitSvg } from "../test/synthetic-images.js";
import { normalizeCanvasPixels } from "./canvas.js";
import { normalizeDigitImage } from "./index.js";

/** What a 280x280 drawing canvas holds: transparent, black round strokes. */
async function canvasDrawing(): Promise<{ rgba: Uint8Array; png: Buffer }> {
  const svg = digitSvg(SEVEN, {
    width: 280,
    height: 280,
    ink: "#000",
    background: null,
    strokeWidth: 18,
    frame: { x: 50, y: 40, size: 190 },
  });
  const { data } = await sharp(svg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const rgba = new Uint8Array(data);
  const png = await sharp(Buffer.from(rgba), { raw: { width: 280, height: 280, channels: 4 } })
    .png()
    .toBuffer();
  return { rgba, png };
}

/** Every module reachable from `entry` through relative imports, with what each imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)"/gms)].map(
      (match) => match[1]!,
    );
    graph.set(file, specifiers);
    for (const specifier of specifiers)
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier.replace(/\.js$/, ".ts")));
  };
  visit(entry);
  return graph;
}

describe("the browser-safe canvas entry", () => {
  it("gives exactly the input the server makes of the same drawing uploaded as a PNG", async () => {
    const { rgba, png } = await canvasDrawing();
    const live = normalizeCanvasPixels({ data: new Uint8ClampedArray(rgba), width: 280, height: 280 });
    const recorded = await normalizeDigitImage(png);
    expect(Array.from(live.input)).toEqual(Array.from(recorded.input));
    expect(live.parts).toBe(recorded.info.parts);
  });

  it("reaches no Node built-in and no sharp", () => {
    const graph = importGraph(join(import.meta.dirname, "canvas.ts"));
    expect(graph.size).toBeGreaterThan(5);
    const external = [...graph.values()].flat().filter((specifier) => !specifier.startsWith("."));
    expect(external).toEqual([]);
  });

  it("refuses canvases it cannot read as the server would, naming the size", () => {
    expect(() =>
      normalizeCanvasPixels({ data: new Uint8ClampedArray(4 * 40 * 40), width: 40, height: 40 }),
    ).toThrow(/40x40/);
    expect(() => normalizeCanvasPixels({ data: new Uint8ClampedArray(10), width: 200, height: 200 })).toThrow(
      /10 bytes/,
    );
  });
});
