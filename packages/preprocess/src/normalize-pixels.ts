import type { Box } from "./connected-components.js";
import { findDigit, MARKS_CONTEXT } from "./find-digit.js";
import { cleanCanvasInk, cleanCanvasInkAround, extractInk, type InkMap } from "./ink-map.js";
import { layoutLikeMnist } from "./mnist-layout.js";
import { grayscaleAroundMarks, toGrayscale, type Rectangle } from "./to-grayscale.js";

/** Decoded pixels: interleaved 8-bit samples (grey, grey+alpha, RGB or RGBA), row-major. */
export interface RawPixels {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

export interface PixelDigit {
  /** 784 values in 0..1, white ink on black, row-major 28x28, MNIST-style framing. */
  input: Float32Array;
  /** The digit's box in these pixels. */
  box: Box;
  /** True when the ink was dark on a light ground. */
  darkInk: boolean;
  /** Share of the pixels that belong to the digit's strokes (0..1). */
  inkRatio: number;
  /** Digit-sized ink groups side by side, and those left out of the digit (see NormalizedDigitInfo). */
  parts: number;
  partsLeftOut: number;
}

/** Where an image's marks lie: what the server's thumbnail needs to read no more than them. */
export interface MarksRegion {
  /** Holds every pixel unlike the image's first one (the marks and a margin). */
  region: Rectangle;
  /**
   * When every pixel is opaque grey RGBA: the region's grey levels, row-major, and the level of every
   * pixel outside it. A scratch array: read it before the next normalizePixels in this thread.
   */
  grey?: { levels: Uint8Array; background: number };
}

/** The clean-canvas path's ink, read around the marks only when it can be, else extractInk's; and the marks' region. */
function cleanInk(data: Uint8Array, width: number, height: number, channels: RawPixels["channels"]): { inkMap: InkMap; marks: MarksRegion } {
  const around = grayscaleAroundMarks(data, width, height, channels, MARKS_CONTEXT);
  const marks: MarksRegion = around.opaqueGrey
    ? { region: around.region, grey: { levels: around.image.data, background: around.outsideValue } }
    : { region: around.region };
  const placed = cleanCanvasInkAround(around, width, height);
  if (placed) return { inkMap: placed, marks };
  // Marks everywhere (a photo) make the region the whole image, which is then not a clean canvas either.
  if (around.outside === 0) return { inkMap: extractInk(around.image), marks };
  const { image } = toGrayscale(data, width, height, channels);
  return { inkMap: cleanCanvasInk(image) ?? extractInk(image), marks };
}

/**
 * Pixels to the model's input: ink separated from paper, the digit found, framed and centred as in
 * MNIST. Pure TypeScript with no Node built-ins, so a browser runs exactly what the server runs on
 * the same pixels. Clean drawings take a shortcut past the photo machinery (`cleanCanvasPath`, on
 * unless a test compares the two). Throws PreprocessError NO_DIGIT_FOUND.
 */
export function normalizePixels(pixels: RawPixels, normalizeStrokeWidth = true, cleanCanvasPath = true): PixelDigit {
  return normalizePixelsAndMarks(pixels, normalizeStrokeWidth, cleanCanvasPath).digit;
}

/** normalizePixels, and where the marks lie when the clean-canvas path worked it out (see MarksRegion). */
export function normalizePixelsAndMarks(
  pixels: RawPixels,
  normalizeStrokeWidth = true,
  cleanCanvasPath = true,
): { digit: PixelDigit; marks?: MarksRegion } {
  const { width, height, channels } = pixels;
  const data =
    pixels.data instanceof Uint8Array
      ? pixels.data
      : new Uint8Array(pixels.data.buffer, pixels.data.byteOffset, pixels.data.length);
  const clean = cleanCanvasPath ? cleanInk(data, width, height, channels) : undefined;
  const inkMap = clean ? clean.inkMap : extractInk(toGrayscale(data, width, height, channels).image);
  const found = findDigit(inkMap);
  const { input } = layoutLikeMnist(found.crop, normalizeStrokeWidth);
  const digit = {
    input,
    box: found.box,
    darkInk: inkMap.darkInk,
    inkRatio: found.area / (width * height),
    parts: found.parts,
    partsLeftOut: found.partsLeftOut,
  };
  return clean ? { digit, marks: clean.marks } : { digit };
}
