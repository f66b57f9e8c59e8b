/** Stable reasons an upload is refused; callers switch on these, people read the message. */
export const PREPROCESS_ERROR_CODES = [
  "EMPTY_FILE",
  "UNSUPPORTED_IMAGE_FORMAT",
  "IMAGE_TOO_LARGE",
  "CORRUPT_IMAGE",
  "NO_DIGIT_FOUND",
  // Only when reading a whole number: more digit-sized groups of ink than one image is read for.
  "TOO_MANY_DIGITS",
] as const;

export type PreprocessErrorCode = (typeof PREPROCESS_ERROR_CODES)[number];

export class PreprocessError extends Error {
  constructor(
    readonly code: PreprocessErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PreprocessError";
  }
}

export function isPreprocessError(error: unknown): error is PreprocessError {
  return error instanceof PreprocessError;
}
