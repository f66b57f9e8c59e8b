import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { SEVEN, cosine, digitPng } from "../test/synthetic-images.js";
import { normalizeDigitImage } from "./index.js";
import { readPngHeader } from "./png-header.js";

const CRAFTED = join(import.meta.dirname, "../test/fixtures/crafted");
const drawing = { width: 280, height: 280, ink: "#000", background: "#fff", strokeWidth: 20, frame: { x: 60, y: 40, size: 190 } };

describe("readPngHeader", () => {
  it("reads size, depth, colour type and interlacing from IHDR", async () => {
    const png = await sharp(await digitPng(SEVEN, drawing)).png({ progressive: true }).toBuffer();
    expect(readPngHeader(png)).toMatchObject({ width: 280, height: 280, bitDepth: 8, colorType: 6, interlaced: true, hasExif: false, hasTransparencyChunk: false });
  });

  it("notices an eXIf chunk, whose orientation only libvips applies", async () => {
    const png = await sharp(await digitPng(SEVEN, drawing)).withMetadata({ orientation: 6 }).png().toBuffer();
    expect(readPngHeader(png)?.hasExif).toBe(true);
  });

  it("gives up on anything irregular, leaving the diagnosis to libvips", async () => {
    expect(readPngHeader(await readFile(join(CRAFTED, "truncated.png")))).toBeUndefined();
    expect(readPngHeader(await readFile(join(CRAFTED, "garbage-after-signature.png")))).toBeUndefined();
    expect(readPngHeader(await readFile(join(CRAFTED, "seven-photo.jpg")))).toBeUndefined();
  });
});

describe("PNG decoding paths", () => {
  it("gives the same digit whether decoded in JS (8-bit) or by libvips (16-bit, interlaced, palette)", async () => {
    const plain = await digitPng(SEVEN, drawing);
    const reference = await normalizeDigitImage(plain);
    for (const variant of [
      await sharp(plain).png({ progressive: true }).toBuffer(),
      await sharp(plain).toColourspace("rgb16").png().toBuffer(),
      await sharp(plain).greyscale().png({ palette: true }).toBuffer(),
    ]) {
      expect(cosine((await normalizeDigitImage(variant)).input, reference.input)).toBeGreaterThan(0.99);
    }
  });

  it("applies an eXIf orientation", async () => {
    const upright = await normalizeDigitImage(await digitPng(SEVEN, drawing));
    // Stored turned a quarter anticlockwise, tagged to be shown turned back clockwise.
    const stored = await sharp(await digitPng(SEVEN, drawing)).rotate(-90).withMetadata({ orientation: 6 }).png().toBuffer();
    expect(cosine((await normalizeDigitImage(stored)).input, upright.input)).toBeGreaterThan(0.99);
  });
});
