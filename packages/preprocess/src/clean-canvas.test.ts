import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FOUR, SEVEN, digitPhoto, digitPng } from "../test/synthetic-images.js";
import { decodeImage, openImage } from "./decode-image.js";
import { isPreprocessError } from "./errors.js";
import { cleanCanvasInk } from "./ink-map.js";
import { normalizePixels, type PixelDigit } from "./normalize-pixels.js";
import { DEFAULT_MAX_PIXELS, DEFAULT_WORKING_SIZE } from "./options.js";
import { toGrayscale } from "./to-grayscale.js";

const REALISTIC = join(import.meta.dirname, "../test/fixtures/realistic");
const CRAFTED = join(import.meta.dirname, "../test/fixtures/crafted");

async function decode(bytes: Uint8Array) {
  return decodeImage(await openImage(bytes, DEFAULT_MAX_PIXELS), DEFAULT_WORKING_SIZE);
}

async function takesCleanPath(bytes: Uint8Array): Promise<boolean> {
  const { data, width, height, channels } = await decode(bytes);
  return cleanCanvasInk(toGrayscale(data, width, height, channels).image) !== undefined;
}

/** The digit both ways, or the refusal's code. */
function both(pixels: Awaited<ReturnType<typeof decode>>): Array<PixelDigit | string> {
  return [true, false].map((clean) => {
    try {
      return normalizePixels({ ...pixels, data: pixels.data.slice() }, true, clean);
    } catch (error) {
      if (isPreprocessError(error)) return error.code;
      throw error;
    }
  });
}

const SHAPES = [
  SEVEN,
  FOUR,
  "M 50 5 C 10 5, 10 95, 50 95 C 90 95, 90 5, 50 5 Z",
  "M 50 5 L 50 95",
  "M 20 25 C 20 0, 80 0, 75 30 C 70 55, 20 75, 15 95 L 85 95",
];

/** Drawing-pad exports: several shapes, stroke widths, sizes, positions and grounds. */
async function drawings(): Promise<Array<{ name: string; png: Buffer }>> {
  const grounds: Array<[string, string | null]> = [
    ["#000", "#fff"],
    ["#000", null],
    ["#fff", null],
    ["#fff", "#000"],
    ["#1e40af", "#f8fafc"],
  ];
  const made: Array<Promise<{ name: string; png: Buffer }>> = [];
  SHAPES.forEach((path, shape) => {
    grounds.forEach(([ink, background], ground) => {
      for (const [side, strokeWidth] of [
        [280, 4 + shape * 3 + ground * 5],
        [160, 3 + ground * 2],
        [400, 30 + shape * 4],
      ] as const) {
        const frame = {
          x: side * 0.1 + shape * 3,
          y: side * 0.15 - ground * 2,
          size: side * (0.55 + 0.05 * ground),
        };
        made.push(
          digitPng(path, { width: side, height: side, ink, background, strokeWidth, frame }).then((png) => ({
            name: `shape ${shape} ${ink} on ${background ?? "transparent"} ${side}px stroke ${strokeWidth}`,
            png,
          })),
        );
      }
    });
  });
  return Promise.all(made);
}

describe("the clean-canvas path", () => {
  it("gives the full path's 28x28 input (within 1/255) on drawings", async () => {
    const files = readdirSync(REALISTIC).filter((name) => /canvas|transparent/.test(name));
    const cases = [
      ...(await drawings()),
      ...files.map((name) => ({ name, png: readFileSync(join(REALISTIC, name)) })),
      ...[
        "seven-canvas.png",
        "seven-transparent-black.png",
        "seven-transparent-white.png",
        "seven-white-on-black.png",
        "blank-transparent.png",
        "blank-white.png",
      ].map((name) => ({ name, png: readFileSync(join(CRAFTED, name)) })),
    ];
    let cleanCount = 0;
    for (const { name, png } of cases) {
      if (await takesCleanPath(png)) cleanCount++;
      const [clean, full] = both(await decode(png));
      if (typeof full === "string" || typeof clean === "string") {
        expect(clean, name).toEqual(full);
        continue;
      }
      expect(clean!.box, name).toEqual(full!.box);
      expect(clean!.darkInk, name).toBe(full!.darkInk);
      let largest = 0;
      for (let i = 0; i < full!.input.length; i++)
        largest = Math.max(largest, Math.abs(clean!.input[i]! - full!.input[i]!));
      expect(largest, name).toBeLessThanOrEqual(1 / 255);
    }
    // The comparison means something only if the drawings really take the shortcut.
    expect(cleanCount).toBeGreaterThanOrEqual(cases.length - 2);
  });

  it("is never taken by a photo, a scan or a textured ground", async () => {
    const photos = readdirSync(REALISTIC).filter((name) => !/canvas|transparent|labels/.test(name));
    expect(photos.length).toBeGreaterThan(30);
    for (const name of photos)
      expect(await takesCleanPath(readFileSync(join(REALISTIC, name))), name).toBe(false);
    for (const name of ["seven-photo.jpg", "lighting-gradient.jpg", "paper-noise.png"]) {
      expect(await takesCleanPath(readFileSync(join(CRAFTED, name))), name).toBe(false);
    }
    const photo = await digitPhoto(SEVEN, {
      width: 300,
      height: 300,
      ink: "#222",
      strokeWidth: 14,
      frame: { x: 60, y: 50, size: 200 },
    });
    expect(await takesCleanPath(photo)).toBe(false);
  });
});
