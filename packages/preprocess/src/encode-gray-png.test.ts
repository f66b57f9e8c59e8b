import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeGrayPng } from "./encode-gray-png.js";

describe("encodeGrayPng", () => {
  it("writes a one-channel 8-bit PNG that decodes to the same values", async () => {
    const values = Float32Array.from({ length: 28 * 28 }, (_, i) => (i % 29) / 28);
    const png = encodeGrayPng(values, 28, 28);
    expect(await sharp(png).metadata()).toMatchObject({ format: "png", width: 28, height: 28, channels: 1, depth: "uchar" });
    const { data } = await sharp(png).toColourspace("b-w").raw().toBuffer({ resolveWithObject: true });
    expect(Array.from(data)).toEqual(Array.from(values, (v) => Math.round(v * 255)));
  });
});
