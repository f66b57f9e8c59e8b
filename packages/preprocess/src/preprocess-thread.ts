// Worker-thread entry for the preprocess pool: runs normalizeDigitImage and hands back the
// result, or the refusal's code and message (an Error loses its class crossing threads).
import { isPreprocessError, type PreprocessErrorCode } from "./errors.js";
import { normalizeDigitImage, type NormalizedDigit } from "./normalize-digit-image.js";
import type { PreprocessOptions } from "./options.js";

export interface PreprocessTask {
  bytes: Uint8Array;
  options: PreprocessOptions;
}

export type PreprocessReply = { ok: true; digit: NormalizedDigit } | { ok: false; code: PreprocessErrorCode; message: string };

export default async function preprocessInThread({ bytes, options }: PreprocessTask): Promise<PreprocessReply> {
  try {
    return { ok: true, digit: await normalizeDigitImage(bytes, options) };
  } catch (error) {
    if (isPreprocessError(error)) return { ok: false, code: error.code, message: error.message };
    throw error;
  }
}
