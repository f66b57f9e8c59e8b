import type { ApiError } from "./api-error";

const UNITS = ["bytes", "KB", "MB", "GB"] as const;

/** A size as people read it, in binary units (1 MB = 1024 KB), as the API counts its limit. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  // One decimal only below 10, so "9.5 MB" but "36 MB".
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return `${shown} ${UNITS[unit]}`;
}

/** The error a file over the limit gets in the browser, worded like the API's FILE_TOO_LARGE but with both sizes. */
export function fileTooLargeError(size: number, maxBytes: number): ApiError {
  const [shown, limit] = [formatBytes(size), formatBytes(maxBytes)];
  // Rounded, a file a few bytes over would read "It is 10 MB; the limit is 10 MB".
  const sizes =
    shown === limit
      ? `It is just over the limit of ${limit} per file.`
      : `It is ${shown}; the limit is ${limit} per file.`;
  return {
    code: "FILE_TOO_LARGE",
    message: `The file is larger than the limit of ${maxBytes} bytes.`,
    hint: `${sizes} Try a smaller or more compressed picture.`,
  };
}

export interface SizeCheck<T> {
  /** Files small enough to send, with their position in the original list. */
  accepted: Array<{ index: number; file: T }>;
  /** Files refused before any byte is sent. */
  refused: Array<{ index: number; file: T; error: ApiError }>;
}

/** Splits files into those to upload and those over the limit; undefined limit accepts all. */
export function checkSizes<T extends { size: number }>(
  files: readonly T[],
  maxBytes: number | undefined,
): SizeCheck<T> {
  const check: SizeCheck<T> = { accepted: [], refused: [] };
  files.forEach((file, index) => {
    if (maxBytes !== undefined && file.size > maxBytes)
      check.refused.push({ index, file, error: fileTooLargeError(file.size, maxBytes) });
    else check.accepted.push({ index, file });
  });
  return check;
}
