// Worker-thread entry for the preprocess pool: runs normalizeDigitImage (or segmentNumber) and hands
// back the result, or the refusal's code and message (an Error loses its class crossing threads).
import { createThumbnail, type Thumbnail } from "./create-thumbnail.js";
import { isPreprocessError, type PreprocessErrorCode } from "./errors.js";
import { normalizeDigitImage, type NormalizedDigit } from "./normalize-digit-image.js";
import type { PreprocessOptions } from "./options.js";
import { segmentNumber, type SegmentedNumber } from "./segment-number.js";

export interface PreprocessTask {
  /** Absent: one digit (normalizeDigitImage); "number": segmentNumber. */
  kind?: "number";
  bytes: Uint8Array;
  options: PreprocessOptions;
}

export type PreprocessReply =
  | { ok: true; digit: NormalizedDigit }
  | { ok: true; number: SegmentedNumber & { thumbnail?: Thumbnail } }
  | { ok: false; code: PreprocessErrorCode; message: string };

async function segmentWithThumbnail(bytes: Uint8Array, options: PreprocessOptions): Promise<SegmentedNumber & { thumbnail?: Thumbnail }> {
  const { thumbnailSide, ...segmentOptions } = options;
  const segmented = await segmentNumber(bytes, segmentOptions);
  if (thumbnailSide === undefined) return segmented;
  return { ...segmented, thumbnail: await createThumbnail(bytes, thumbnailSide, { maxPixels: options.maxPixels }) };
}

export default async function preprocessInThread({ kind, bytes, options }: PreprocessTask): Promise<PreprocessReply> {
  try {
    if (kind === "number") return { ok: true, number: await segmentWithThumbnail(bytes, options) };
    return { ok: true, digit: await normalizeDigitImage(bytes, options) };
  } catch (error) {
    if (isPreprocessError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
