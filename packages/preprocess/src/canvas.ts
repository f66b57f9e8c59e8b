/**
 * The browser-safe entry (`@digit-lab/preprocess/canvas`): a canvas's pixels to the model's input with
 * the very code the server runs on an uploaded canvas PNG. No sharp, no Node built-ins.
 */
import { PreprocessError } from "./errors.js";
import { normalizePixels, type PixelDigit } from "./normalize-pixels.js";
import { DEFAULT_WORKING_SIZE, MIN_WORKING_SIZE } from "./options.js";

export { isPreprocessError } from "./errors.js";

/** What `CanvasRenderingContext2D.getImageData` returns: RGBA, un-premultiplied, row-major. */
export interface CanvasPixels {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

/**
 * A drawing's pixels to the 28x28 input. Canvases between MIN_WORKING_SIZE and DEFAULT_WORKING_SIZE
 * pixels on their long side are read as they are, as the server reads a PNG of them; other sizes
 * would be resampled by the server's image library, which the browser cannot reproduce exactly.
 */
export function normalizeCanvasPixels(canvas: CanvasPixels): PixelDigit {
  const { width, height } = canvas;
  const longSide = Math.max(width, height);
  if (longSide < MIN_WORKING_SIZE || longSide > DEFAULT_WORKING_SIZE) {
    throw new RangeError(
      `normalizeCanvasPixels reads canvases ${MIN_WORKING_SIZE}-${DEFAULT_WORKING_SIZE} px on the long side, got ${width}x${height}`,
    );
  }
  if (canvas.data.length !== width * height * 4) {
    throw new PreprocessError(
      "CORRUPT_IMAGE",
      `Canvas pixels hold ${canvas.data.length} bytes, not the ${width * height * 4} of a ${width}x${height} RGBA image.`,
    );
  }
  return normalizePixels({ data: canvas.data, width, height, channels: 4 });
}
