import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { decodePlainPng } from "./decode-png.js";
import { encodeGrayPng, encodePng, fewestChannels } from "./encode-png.js";
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

describe("fewestChannels", () => {
  it("drops an alpha channel that is opaque everywhere and colour that is grey everywhere", () => {
    const rgba = Uint8Array.from([10, 10, 10, 255, 200, 200, 200, 255]);
    expect(fewestChannels(rgba, 4)).toEqual({ samples: Uint8Array.from([10, 200]), channels: 1 });
    // Unaligned (the byte-by-byte path) gives the same.
    const unaligned = new Uint8Array(rgba.length + 1).subarray(1);
    unaligned.set(rgba);
    expect(fewestChannels(unaligned, 4)).toEqual({ samples: Uint8Array.from([10, 200]), channels: 1 });
    expect(fewestChannels(Uint8Array.from([10, 20, 30, 255, 1, 2, 3, 255]), 4)).toEqual({ samples: Uint8Array.from([10, 20, 30, 1, 2, 3]), channels: 3 });
    expect(fewestChannels(Uint8Array.from([10, 10, 10, 0, 5, 5, 5, 255]), 4)).toEqual({ samples: Uint8Array.from([10, 0, 5, 255]), channels: 2 });
    expect(fewestChannels(Uint8Array.from([7, 255, 9, 255]), 2)).toEqual({ samples: Uint8Array.from([7, 9]), channels: 1 });
    expect(fewestChannels(Uint8Array.from([7, 255, 9, 254]), 2).channels).toBe(2);
  });

  it("keeps samples that need every channel as they are", () => {
    const samples = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fewestChannels(samples, 4).samples).toBe(samples);
  });
});
