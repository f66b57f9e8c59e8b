// Worker-thread entry for the preprocess pool: runs normalizeDigitImage (or segmentNumber) and hands
// back the result, or the refusal's code and message (an Error loses its class crossing threads).
import { createThumbnail, type Thumbnail } from "./create-thumbnail.js";
import { isPreprocessError, type PreprocessErrorCode } from "./errors.js";
import { normalizeDigitImage, type NormalizedDigit } from "./normalize-digit-image.js";
import type { PreprocessOptions } from "./options.js";
import { segmentNumber, type DigitCandidate, type InkSpan, type SegmentedNumber } from "./segment-number.js";

export interface PreprocessTask {
  /** Absent: one digit (normalizeDigitImage); "number": segmentNumber. */
  kind?: "number";
  bytes: Uint8Array;
  options: PreprocessOptions;
  /** Numbers: the spans whose cuts to lay out (by index); the others' cuts are withheld. */
  cutsFor?: number[];
}

type LazySpan = InkSpan & { cutReadings?: () => DigitCandidate[][] };

/**
 * A span as it crosses threads: cuts are offered lazily (a function cannot be cloned), so they are
 * either laid out here or withheld, to be asked for in a second task.
 */
export type PortableSpan = Omit<InkSpan, "cutReadings"> & { cuts?: DigitCandidate[][]; cutsWithheld?: true };

export type PortableNumber = Omit<SegmentedNumber, "spans"> & { spans: PortableSpan[]; thumbnail?: Thumbnail };

export type PreprocessReply =
  | { ok: true; digit: NormalizedDigit }
  | { ok: true; number: PortableNumber }
  | { ok: false; code: PreprocessErrorCode; message: string };

async function segmentOnThread(bytes: Uint8Array, options: PreprocessOptions, cutsFor: number[] = []): Promise<PortableNumber> {
  const { thumbnailSide, ...segmentOptions } = options;
  const segmented = await segmentNumber(bytes, segmentOptions);
  // Structured cloning keeps pieces shared between readings as one object each.
  const spans = segmented.spans.map(({ cutReadings, ...span }: LazySpan, index): PortableSpan =>
    !cutReadings ? span : cutsFor.includes(index) ? { ...span, cuts: cutReadings() } : { ...span, cutsWithheld: true },
  );
  const thumbnail = thumbnailSide === undefined ? undefined : await createThumbnail(bytes, thumbnailSide, { maxPixels: options.maxPixels });
  return { ...segmented, spans, ...(thumbnail ? { thumbnail } : {}) };
}

export default async function preprocessInThread({ kind, bytes, options, cutsFor }: PreprocessTask): Promise<PreprocessReply> {
  try {
    if (kind === "number") return { ok: true, number: await segmentOnThread(bytes, options, cutsFor) };
    return { ok: true, digit: await normalizeDigitImage(bytes, options) };
  } catch (error) {
    if (isPreprocessError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
