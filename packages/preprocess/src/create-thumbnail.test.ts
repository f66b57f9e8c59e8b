import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { createThumbnail } from "./create-thumbnail.js";
import { normalizeDigitImage } from "./normalize-digit-image.js";
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

describe("thumbnails made with the analysis decode", () => {
  it("match createThumbnail's size and orientation", async () => {
    const bytes = await readFile(join(CRAFTED, "seven-photo-exif6.jpg"));
    const [separate, { thumbnail }] = await Promise.all([createThumbnail(bytes, 100), normalizeDigitImage(bytes, { thumbnailSide: 100 })]);
    expect(thumbnail).toMatchObject({ width: separate.width, height: separate.height });
    const pixels = async (dataUrl: string) => sharp(Buffer.from(dataUrl.split(",")[1]!, "base64")).greyscale().raw().toBuffer();
    const [a, b] = await Promise.all([pixels(separate.dataUrl), pixels(thumbnail!.dataUrl)]);
    let difference = 0;
    for (let i = 0; i < a.length; i++) difference += Math.abs(a[i]! - b[i]!);
    expect(difference / a.length).toBeLessThan(8);
  });

  it("never enlarge, even when the analysis enlarged a tiny upload", async () => {
    const tiny = await sharp(await readFile(join(CRAFTED, "seven-canvas.png"))).resize(40, 40).png().toBuffer();
    const { thumbnail } = await normalizeDigitImage(tiny, { thumbnailSide: 128 });
    expect(thumbnail).toMatchObject({ width: 40, height: 40 });
  });

  it("are only made when asked for", async () => {
    expect((await normalizeDigitImage(await readFile(join(CRAFTED, "seven-canvas.png")))).thumbnail).toBeUndefined();
    await expect(normalizeDigitImage(await readFile(join(CRAFTED, "seven-canvas.png")), { thumbnailSide: 0 })).rejects.toThrow(/thumbnailSide must be a positive integer, got 0/);
  });
});

describe("thumbnails of drawings", () => {
  it("are small PNGs that keep the drawing's transparency", async () => {
    const { thumbnail } = await normalizeDigitImage(await readFile(join(CRAFTED, "seven-transparent-black.png")), { thumbnailSide: 64 });
    expect(thumbnail!.dataUrl).toMatch(/^data:image\/png;base64,/);
    const bytes = Buffer.from(thumbnail!.dataUrl.split(",")[1]!, "base64");
    expect(bytes.length).toBeLessThan(4096);
    const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info).toMatchObject({ width: thumbnail!.width, height: thumbnail!.height, channels: 4 });
    const alphas = Array.from({ length: info.width * info.height }, (_, i) => data[i * 4 + 3]!);
    expect(Math.min(...alphas)).toBe(0);
    expect(Math.max(...alphas)).toBeGreaterThan(200);
  });
});
