import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { createThumbnail } from "./create-thumbnail.js";
import { PreprocessError } from "./errors.js";

const CRAFTED = join(import.meta.dirname, "../test/fixtures/crafted");

describe("createThumbnail", () => {
  it("returns an upright WebP data URL no larger than maxSide", async () => {
    const thumbnail = await createThumbnail(await readFile(join(CRAFTED, "seven-photo-exif6.jpg")), 100);
    expect(thumbnail).toMatchObject({ width: 100, height: 75 });
    expect(thumbnail.dataUrl).toMatch(/^data:image\/webp;base64,/);
    const decoded = await sharp(Buffer.from(thumbnail.dataUrl.split(",")[1]!, "base64")).metadata();
    expect(decoded).toMatchObject({ format: "webp", width: 100, height: 75 });
  });

  it("does not enlarge small images", async () => {
    const thumbnail = await createThumbnail(await readFile(join(CRAFTED, "animated.gif")), 256);
    expect(thumbnail).toMatchObject({ width: 140, height: 140 });
  });

  it("refuses what normalizeDigitImage refuses before decoding", async () => {
    await expect(createThumbnail(await readFile(join(CRAFTED, "digit.svg")))).rejects.toMatchObject({ code: "UNSUPPORTED_IMAGE_FORMAT" });
    await expect(createThumbnail(await readFile(join(CRAFTED, "bomb-20000x20000.png")))).rejects.toBeInstanceOf(PreprocessError);
  });
});
