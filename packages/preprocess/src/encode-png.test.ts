import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodePlainPng } from "./decode-png.js";
import { encodeGrayPng, encodePng } from "./encode-png.js";
import { readPngHeader } from "./png-header.js";

describe("encodePng", () => {
  it.each([1, 2, 3, 4] as const)("writes %d-channel samples that read back unchanged", async (channels) => {
    const samples = Uint8Array.from({ length: 13 * 7 * channels }, (_, i) => (i * 37) % 256);
    const png = encodePng(samples, 13, 7, channels);
    expect(await sharp(png).metadata()).toMatchObject({ format: "png", width: 13, height: 7, channels });
    expect(Buffer.from(decodePlainPng(png, readPngHeader(png)!).data).equals(samples)).toBe(true);
  });

  it("refuses a sample count that does not match the size", () => {
    expect(() => encodePng(new Uint8Array(10), 3, 3, 1)).toThrow(/expected 9 samples for 3x3x1, got 10/);
  });
});

describe("encodeGrayPng", () => {
  it("writes a one-channel 8-bit PNG that decodes to the same values", async () => {
    const values = Float32Array.from({ length: 28 * 28 }, (_, i) => (i % 29) / 28);
    const png = encodeGrayPng(values, 28, 28);
    expect(await sharp(png).metadata()).toMatchObject({ format: "png", width: 28, height: 28, channels: 1, depth: "uchar" });
    const { data } = await sharp(png).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
    expect(Array.from(data)).toEqual(Array.from(values, (v) => Math.round(v * 255)));
  });
});
