import type { Box } from "./connected-components.js";
import { thumbnailFromDecoded, type Thumbnail } from "./create-thumbnail.js";
import { decodeImage, openImage } from "./decode-image.js";
import { encodeGrayPng } from "./encode-png.js";
import { MNIST_SIDE } from "./mnist-layout.js";
import { normalizePixelsAndMarks } from "./normalize-pixels.js";
import { resolveOptions, type PreprocessOptions } from "./options.js";
import type { SupportedFormat } from "./sniff-format.js";

export interface NormalizedDigitInfo {
  format: SupportedFormat;
  /** Original size, after EXIF orientation. */
  width: number;
  height: number;
  /** True when the upload had dark ink on a light ground and was inverted to MNIST's white on black. */
  inverted: boolean;
  /** The digit's box in original-image pixels (after EXIF orientation). */
  inkBoundingBox: Box;
  /** Share of the image's pixels that belong to the digit's strokes (0..1). */
  inkRatio: number;
  /** Digit-sized ink groups side by side: more than 1 suggests several digits rather than one. */
  parts: number;
  /** Of those, the groups too far from the digit to belong to it (left out of `input`): other digits. */
  partsLeftOut: number;
  /** EXIF orientation tag (1-8) when the file carried one; already applied to everything above. */
  orientation?: number;
}

export interface NormalizedDigit {
  /** 784 values in 0..1, white ink on black, row-major 28x28, MNIST-style framing. */
  input: Float32Array;
  /** 28x28 8-bit grayscale PNG of `input`. */
  png: Buffer;
  info: NormalizedDigitInfo;
  /** Present when options.thumbnailSide was given. */
  thumbnail?: Thumbnail;
}

/**
 * Turns an uploaded image into an MNIST-like 28x28 input, or throws a PreprocessError
 * (EMPTY_FILE, UNSUPPORTED_IMAGE_FORMAT, IMAGE_TOO_LARGE, CORRUPT_IMAGE, NO_DIGIT_FOUND).
 */
export async function normalizeDigitImage(
  bytes: Uint8Array,
  options?: PreprocessOptions,
): Promise<NormalizedDigit> {
  const { maxPixels, workingSize, normalizeStrokeWidth, thumbnailSide } = resolveOptions(options);
  const opened = await openImage(bytes, maxPixels);
  const { header } = opened;
  const decoded = await decodeImage(opened, workingSize);
  const { digit, marks } = normalizePixelsAndMarks(decoded, normalizeStrokeWidth);
  const { input } = digit;

  const scaleX = header.width / decoded.width;
  const scaleY = header.height / decoded.height;
  const x = Math.floor(digit.box.x * scaleX);
  const y = Math.floor(digit.box.y * scaleY);
  const inkBoundingBox = {
    x,
    y,
    width: Math.min(header.width, Math.ceil((digit.box.x + digit.box.width) * scaleX)) - x,
    height: Math.min(header.height, Math.ceil((digit.box.y + digit.box.height) * scaleY)) - y,
  };
  // Only for a digit: a refused upload is never stored, so it needs no preview.
  const thumbnail =
    thumbnailSide === undefined ? undefined : await thumbnailFromDecoded(decoded, thumbnailSide, marks);
  return {
    input,
    png: encodeGrayPng(input, MNIST_SIDE, MNIST_SIDE),
    info: {
      format: header.format,
      width: header.width,
      height: header.height,
      inverted: digit.darkInk,
      inkBoundingBox,
      inkRatio: digit.inkRatio,
      parts: digit.parts,
      partsLeftOut: digit.partsLeftOut,
      ...(header.orientation !== undefined ? { orientation: header.orientation } : {}),
    },
    ...(thumbnail ? { thumbnail } : {}),
  };
}
