import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { dataUrlBytes, imageDataUrl, storedImageType } from "./stored-image.js";

describe("stored images", () => {
  const image = sharp({ create: { width: 4, height: 4, channels: 3, background: "#808080" } });

  it("serves PNG, WebP and JPEG bytes as data URLs of their own type, and reads them back", async () => {
    for (const [bytes, type] of [
      [await image.clone().png().toBuffer(), "image/png"],
      [await image.clone().webp().toBuffer(), "image/webp"],
      [await image.clone().jpeg().toBuffer(), "image/jpeg"],
    ] as const) {
      const url = imageDataUrl(new Uint8Array(bytes));
      expect(url.startsWith(`data:${type};base64,`)).toBe(true);
      expect(dataUrlBytes(url)).toEqual(bytes);
    }
  });

  it("names unknown bytes as such, and refuses what is not a base64 data URL", () => {
    expect(storedImageType(new Uint8Array([1, 2, 3]))).toBe("application/octet-stream");
    expect(() => dataUrlBytes("https://example.com/a.png")).toThrow(/https:\/\/example.com/);
    expect(() => dataUrlBytes("data:image/png,abc")).toThrow(/not a base64 data URL/);
  });
});
