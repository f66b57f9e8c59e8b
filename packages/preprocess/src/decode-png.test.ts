import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { PngDecodeError, decodePlainPng, isPlainPng } from "./decode-png.js";
import { readPngHeader } from "./png-header.js";

/** A gradient with noise, so that every filter has something to predict. */
function testPixels(width: number, height: number, channels: number): Buffer {
  const pixels = Buffer.alloc(width * height * channels);
  let seed = 7;
  for (let i = 0; i < pixels.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const x = Math.floor(i / channels) % width;
    pixels[i] = (x * 3 + Math.floor(i / (width * channels)) * 2 + (i % channels) * 40 + (seed >>> 28)) & 255;
  }
  return pixels;
}

function paethPredictor(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [left, up, upLeft].map((value) => Math.abs(estimate - value)) as [number, number, number];
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}

/** Encodes row y with filter type y % 5, straight from the PNG specification's definitions. */
function pngWithEveryFilter(pixels: Buffer, width: number, height: number, channels: number): Buffer {
  const colourType = { 1: 0, 2: 4, 3: 2, 4: 6 }[channels]!;
  const stride = width * channels;
  const filtered = Buffer.alloc((stride + 1) * height);
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : pixels[y * stride + x]!);
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    filtered[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const left = at(x - channels, y);
      const up = at(x, y - 1);
      const upLeft = at(x - channels, y - 1);
      const prediction = [0, left, up, (left + up) >> 1, paethPredictor(left, up, upLeft)][filter]!;
      filtered[y * (stride + 1) + 1 + x] = (at(x, y) - prediction) & 255;
    }
  }
  const chunk = (type: string, body: Buffer) => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, "latin1");
    body.copy(out, 8);
    return out; // CRCs left zero: neither decoder here checks them
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colourType;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(filtered)), chunk("IEND", Buffer.alloc(0))]);
}

describe("decodePlainPng", () => {
  it.each([
    [1, 0],
    [2, 4],
    [3, 2],
    [4, 6],
  ] as const)("decodes %d channel(s) (colour type %d) with every filter type sample for sample", async (channels, colourType) => {
    const pixels = testPixels(67, 41, channels);
    const png = pngWithEveryFilter(pixels, 67, 41, channels);
    const header = readPngHeader(png)!;
    expect(header.colorType).toBe(colourType);
    expect(isPlainPng(header)).toBe(true);
    const decoded = decodePlainPng(png, header);
    expect(decoded.channels).toBe(channels);
    expect(Buffer.from(decoded.data).equals(pixels)).toBe(true);
  });

  it("agrees with libvips on a PNG libvips wrote", async () => {
    const pixels = testPixels(50, 30, 4);
    const png = await sharp(pixels, { raw: { width: 50, height: 30, channels: 4 } }).png({ adaptiveFiltering: true }).toBuffer();
    expect(Buffer.from(decodePlainPng(png, readPngHeader(png)!).data).equals(pixels)).toBe(true);
  });

  it("refuses image data that ends early or inflates past the size the header gives", async () => {
    const png = await sharp(testPixels(40, 30, 3), { raw: { width: 40, height: 30, channels: 3 } }).png().toBuffer();
    const header = readPngHeader(png)!;
    const [start, end] = header.imageData[0]!;
    const short = { ...header, imageData: [[start, start + Math.floor((end - start) / 2)]] as Array<[number, number]> };
    expect(() => decodePlainPng(png, short)).toThrow(PngDecodeError);
    expect(() => decodePlainPng(png, { ...header, height: 31 })).toThrow(/ends early/);
    expect(() => decodePlainPng(png, { ...header, height: 10 })).toThrow(/does not inflate/);
  });

  it("leaves palettes, 16-bit, interlaced and tRNS images to libvips", async () => {
    const base = sharp(testPixels(20, 20, 3), { raw: { width: 20, height: 20, channels: 3 } });
    for (const png of [
      await base.clone().png({ palette: true }).toBuffer(),
      await base.clone().toColourspace("rgb16").png().toBuffer(),
      await base.clone().png({ progressive: true }).toBuffer(),
    ]) {
      expect(isPlainPng(readPngHeader(png)!)).toBe(false);
    }
  });
});
