import { readFile } from "node:fs/promises";
import { join } from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { FOUR, SEVEN, centreOfMass, cosine, digitPhoto, digitPng, inkBox } from "../test/synthetic-images.js";
import { PreprocessError, normalizeDigitImage, type PreprocessErrorCode } from "./index.js";
import { estimateStrokeWidth } from "./stroke-width.js";

const CRAFTED = join(import.meta.dirname, "../test/fixtures/crafted");
const crafted = (name: string): Promise<Buffer> => readFile(join(CRAFTED, name));

async function refusal(bytes: Uint8Array, options?: Parameters<typeof normalizeDigitImage>[1]): Promise<PreprocessError> {
  const error = await normalizeDigitImage(bytes, options).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PreprocessError);
  return error as PreprocessError;
}

const canvas = { width: 280, height: 280, strokeWidth: 20, frame: { x: 60, y: 40, size: 190 } };

describe("refusals from crafted files", () => {
  const cases: [string, PreprocessErrorCode, RegExp][] = [
    ["empty.png", "EMPTY_FILE", /empty \(0 bytes\)/],
    ["text-renamed.png", "UNSUPPORTED_IMAGE_FORMAT", /plain text \("This is a shopping list/],
    ["digit.svg", "UNSUPPORTED_IMAGE_FORMAT", /SVG/],
    ["document.pdf", "UNSUPPORTED_IMAGE_FORMAT", /PDF/],
    ["seven.bmp", "UNSUPPORTED_IMAGE_FORMAT", /BMP/],
    ["truncated.png", "CORRUPT_IMAGE", /PNG file is damaged or truncated/],
    ["truncated.jpg", "CORRUPT_IMAGE", /JPEG file is damaged or truncated/],
    ["garbage-after-signature.png", "CORRUPT_IMAGE", /PNG file could not be read/],
    ["bomb-20000x20000.png", "IMAGE_TOO_LARGE", /20000x20000 \(400\.0 megapixels\); the limit is 40\.0 megapixels/],
    ["blank-white.png", "NO_DIGIT_FOUND", /blank/],
    ["blank-transparent.png", "NO_DIGIT_FOUND", /blank/],
    ["paper-noise.png", "NO_DIGIT_FOUND", /No digit found/],
    ["lighting-gradient.jpg", "NO_DIGIT_FOUND", /No digit found/],
  ];
  it.each(cases)("%s is refused as %s", async (file, code, message) => {
    const error = await refusal(await crafted(file));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it("refuses the decompression bomb from its header, without inflating 400 megapixels", async () => {
    const bytes = await crafted("bomb-20000x20000.png");
    expect((await refusal(bytes)).code).toBe("IMAGE_TOO_LARGE");
    // Cut after the header: inflating would find the pixels missing (CORRUPT_IMAGE); the header decides.
    expect((await refusal(bytes.subarray(0, 64))).code).toBe("IMAGE_TOO_LARGE");
  });

  it("applies a caller's lower pixel limit and names both numbers", async () => {
    const error = await refusal(await crafted("seven-canvas.png"), { maxPixels: 50_000 });
    expect(error.code).toBe("IMAGE_TOO_LARGE");
    expect(error.message).toContain("280x280 (78,400 pixels); the limit is 50,000 pixels");
  });

  it("rejects nonsensical options before touching the image", async () => {
    await expect(normalizeDigitImage(await crafted("seven-canvas.png"), { workingSize: 10 })).rejects.toThrow(RangeError);
    await expect(normalizeDigitImage(await crafted("seven-canvas.png"), { maxPixels: -1 })).rejects.toThrow(RangeError);
  });
});

describe("accepted formats and orientations", () => {
  it.each(["seven.webp", "seven.tiff", "seven.avif", "seven-white-on-black.png"])("reads %s like the PNG canvas", async (file) => {
    const reference = await normalizeDigitImage(await crafted("seven-canvas.png"));
    const result = await normalizeDigitImage(await crafted(file));
    expect(cosine(result.input, reference.input)).toBeGreaterThan(0.97);
  });

  it("uses the first frame of an animated GIF (the second frame is blank)", async () => {
    const result = await normalizeDigitImage(await crafted("animated.gif"));
    expect(result.info).toMatchObject({ format: "gif", width: 140, height: 140 });
    const reference = await normalizeDigitImage(await crafted("seven-canvas.png"));
    expect(cosine(result.input, reference.input)).toBeGreaterThan(0.95);
  });

  it("turns an EXIF orientation 6 photo upright", async () => {
    const upright = await normalizeDigitImage(await crafted("seven-photo.jpg"));
    const rotated = await normalizeDigitImage(await crafted("seven-photo-exif6.jpg"));
    expect(rotated.info).toMatchObject({ width: 400, height: 300, orientation: 6 });
    expect(rotated.info.inkBoundingBox).toEqual(upright.info.inkBoundingBox);
    expect(cosine(rotated.input, upright.input)).toBeGreaterThan(0.98);
  });

  it("reads strokes on a transparent canvas, black or white, like the same strokes on an opaque one", async () => {
    const reference = await normalizeDigitImage(await crafted("seven-canvas.png"));
    const black = await normalizeDigitImage(await crafted("seven-transparent-black.png"));
    const white = await normalizeDigitImage(await crafted("seven-transparent-white.png"));
    expect(cosine(black.input, reference.input)).toBeGreaterThan(0.99);
    expect(cosine(white.input, reference.input)).toBeGreaterThan(0.99);
    expect(black.info.inverted).toBe(true);
    expect(white.info.inverted).toBe(false);
  });
});

describe("MNIST-style normalisation", () => {
  it("returns 784 values in 0..1 and a matching 28x28 grayscale PNG", async () => {
    const result = await normalizeDigitImage(await crafted("seven-canvas.png"));
    expect(result.input).toHaveLength(784);
    expect(Math.min(...result.input)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...result.input)).toBeLessThanOrEqual(1);
    expect(result.png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(result.png.readUInt32BE(16)).toBe(28);
    expect(result.png.readUInt32BE(20)).toBe(28);
  });

  it.each([
    ["centred", { x: 60, y: 40, size: 190 }],
    ["top-left corner", { x: 5, y: 5, size: 90 }],
    ["bottom-right, small", { x: 200, y: 210, size: 60 }],
  ])("fits the longer side to 20 px and centres the mass within 1 px (%s)", async (_, frame) => {
    const result = await normalizeDigitImage(await digitPng(SEVEN, { ...canvas, ink: "#000", background: "#fff", frame, strokeWidth: frame.size / 10 }));
    const box = inkBox(result.input);
    expect(Math.max(box.width, box.height)).toBe(20);
    const centre = centreOfMass(result.input);
    expect(Math.abs(centre.x - 14)).toBeLessThanOrEqual(1);
    expect(Math.abs(centre.y - 14)).toBeLessThanOrEqual(1);
  });

  it("gives the same input for dark-on-light and light-on-dark", async () => {
    const dark = await normalizeDigitImage(await digitPng(FOUR, { ...canvas, ink: "#111", background: "#f4f4f4" }));
    const light = await normalizeDigitImage(await digitPng(FOUR, { ...canvas, ink: "#f4f4f4", background: "#111" }));
    expect(dark.info.inverted).toBe(true);
    expect(light.info.inverted).toBe(false);
    const difference = dark.input.reduce((sum, value, i) => sum + Math.abs(value - light.input[i]!), 0) / 784;
    expect(difference).toBeLessThan(0.01);
  });

  it("removes uneven light, paper colour and noise from a photo", async () => {
    const clean = await normalizeDigitImage(await digitPng(SEVEN, { ...canvas, ink: "#000", background: "#fff" }));
    const photo = await normalizeDigitImage(await digitPhoto(SEVEN, { width: 640, height: 480, ink: "#203080", strokeWidth: 14, frame: { x: 120, y: 90, size: 300 } }));
    expect(cosine(photo.input, clean.input)).toBeGreaterThan(0.9);
  });

  it("keeps a digit made of separate strokes and ignores a speck far away", async () => {
    const speck = '<circle cx="265" cy="265" r="3" fill="#000"/>';
    const plain = await normalizeDigitImage(await digitPng(FOUR, { ...canvas, ink: "#000", background: "#fff", frame: { x: 40, y: 30, size: 180 } }));
    const specked = await normalizeDigitImage(await digitPng(FOUR, { ...canvas, ink: "#000", background: "#fff", frame: { x: 40, y: 30, size: 180 }, extra: speck }));
    expect(specked.info.inkBoundingBox).toEqual(plain.info.inkBoundingBox);
    expect(cosine(specked.input, plain.input)).toBeGreaterThan(0.999);
    expect(plain.info.inkBoundingBox.height).toBeGreaterThan(170);
  });

  it.each([
    ["hairline", 2],
    ["fat marker", 48],
  ])("brings a %s stroke close to MNIST's 2-3 px width", async (_, strokeWidth) => {
    const result = await normalizeDigitImage(await digitPng(SEVEN, { ...canvas, ink: "#000", background: "#fff", strokeWidth }));
    const mask = Uint8Array.from(result.input, (value) => (value >= 0.5 ? 1 : 0));
    const width = estimateStrokeWidth({ width: 28, height: 28, data: mask });
    expect(width).toBeGreaterThan(1.6);
    expect(width).toBeLessThan(3.4);
  });

  it("reports the ink box in original pixels and the ink ratio", async () => {
    const result = await normalizeDigitImage(await digitPng(SEVEN, { ...canvas, ink: "#000", background: "#fff", strokeWidth: 10, frame: { x: 50, y: 50, size: 100 } }));
    const { x, y, width, height } = result.info.inkBoundingBox;
    // The path spans x 20..80 and y 10..95 of the 100-unit frame, plus half the 10 px stroke.
    expect(x).toBeGreaterThanOrEqual(64);
    expect(x).toBeLessThanOrEqual(66);
    expect(y).toBeGreaterThanOrEqual(54);
    expect(y).toBeLessThanOrEqual(56);
    expect(width).toBeGreaterThanOrEqual(69);
    expect(width).toBeLessThanOrEqual(72);
    expect(height).toBeGreaterThanOrEqual(94);
    expect(height).toBeLessThanOrEqual(97);
    expect(result.info.inkRatio).toBeGreaterThan(0.01);
    expect(result.info.inkRatio).toBeLessThan(0.05);
  });

  it("reads a tightly cropped thick 0 whose strokes cross most of the image, as with a margin", async () => {
    // Ink in most blocks of the image once counted as paper noise, and the digit was called blank.
    const zero = (margin: number): Promise<Buffer> => {
      const [left, top, right, bottom] = [20 + margin, 15 + margin, 100 + margin, 185 + margin];
      const points = `${left},${top} ${right},${top} ${right},${bottom} ${left},${bottom} ${left},${top}`;
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${120 + 2 * margin}" height="${200 + 2 * margin}"><rect width="100%" height="100%" fill="#fff"/><polyline points="${points}" fill="none" stroke="#000" stroke-width="20"/></svg>`;
      return sharp(Buffer.from(svg)).png().toBuffer();
    };
    const tight = await normalizeDigitImage(await zero(0));
    const spaced = await normalizeDigitImage(await zero(150));
    expect(cosine(tight.input, spaced.input)).toBeGreaterThan(0.95);
  });
});

describe("enlarged small images", () => {
  // A 28x28 anti-aliased digit, as in MNIST: the CLI and API tests upload such images enlarged.
  const tiny = (): Promise<Buffer> => digitPng(SEVEN, { width: 28, height: 28, ink: "#fff", background: "#000", strokeWidth: 2.4, frame: { x: 4, y: 4, size: 20 } });

  it.each([
    [1, "nearest"],
    [5, "lanczos3"],
    [10, "cubic"],
  ] as const)("accepts a 28x28 digit enlarged %dx (%s) with its soft edges", async (scale, kernel) => {
    const image = await sharp(await tiny()).resize(28 * scale, 28 * scale, { kernel }).negate({ alpha: false }).png().toBuffer();
    const result = await normalizeDigitImage(image);
    const reference = await normalizeDigitImage(await crafted("seven-canvas.png"));
    expect(cosine(result.input, reference.input)).toBeGreaterThan(0.8);
  });
});

describe("no digit", () => {
  it("refuses a faint smudge that is only shading", async () => {
    const smudge = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><defs><filter id="b"><feGaussianBlur stdDeviation="25"/></filter></defs>' +
        '<rect width="100%" height="100%" fill="#e8e4dc"/><ellipse cx="150" cy="140" rx="60" ry="90" fill="#8a8680" filter="url(#b)"/></svg>',
    );
    const error = await refusal(await sharp(smudge).jpeg({ quality: 85 }).toBuffer());
    expect(error.code).toBe("NO_DIGIT_FOUND");
  });

  it("refuses a page with a few specks of dust", async () => {
    const specks = '<circle cx="40" cy="60" r="1.5" fill="#222"/><circle cx="210" cy="90" r="1" fill="#222"/><circle cx="120" cy="240" r="2" fill="#222"/>';
    const error = await refusal(await digitPng("", { ...canvas, ink: "#000", background: "#fbfaf6", extra: specks }));
    expect(error.code).toBe("NO_DIGIT_FOUND");
    expect(error.message).toMatch(/speck/);
  });
});

describe("side-by-side parts", () => {
  const wide = { width: 560, height: 280, strokeWidth: 18 };
  /** A "4" then a "2" on one line, `gap` units apart (100 units = one digit's height). */
  const fortyTwo = (gap: number) => `${FOUR} M ${100 + gap} 25 C ${140 + gap} -5 ${190 + gap} 20 ${170 + gap} 50 L ${105 + gap} 95 L ${185 + gap} 95`;

  it("counts one for a digit, also one drawn in separate strokes or with a detached bar", async () => {
    const four = await normalizeDigitImage(await digitPng(FOUR, { ...canvas, ink: "#000", background: "#fff" }));
    expect(four.info).toMatchObject({ parts: 1, partsLeftOut: 0 });
    const five = "M 75 8 L 30 8 M 28 12 L 24 48 C 60 30 85 55 78 75 C 70 98 35 100 20 85";
    expect((await normalizeDigitImage(await digitPng(five, { ...canvas, ink: "#000", background: "#fff" }))).info.parts).toBe(1);
  });

  it.each([
    ["close together, both in the input", 10, 0],
    ["far apart, the 2 left out of the input", 90, 1],
  ])("counts two for a 4 and a 2 %s", async (_, gap, leftOut) => {
    const number = await normalizeDigitImage(await digitPng(fortyTwo(gap), { ...wide, ink: "#000", background: "#fff", frame: { x: 30, y: 40, size: 190 } }));
    expect(number.info).toMatchObject({ parts: 2, partsLeftOut: leftOut });
  });
});
