import { DatasetError } from "../errors.js";

/** IDX magic numbers: 0x00000803 (unsigned byte, 3 dimensions) and 0x00000801 (1 dimension). */
export const IMAGE_MAGIC = 2051;
export const LABEL_MAGIC = 2049;
export const IMAGE_HEADER_BYTES = 16;
export const LABEL_HEADER_BYTES = 8;
export const IMAGE_SIDE = 28;
export const IMAGE_PIXELS = IMAGE_SIDE * IMAGE_SIDE;
export const CLASS_COUNT = 10;
/** The extra output of models with a reject option: "this is not one digit". */
export const NOT_A_DIGIT = 10;

export interface IdxImages {
  count: number;
  rows: number;
  cols: number;
  /** count * rows * cols bytes, 0 = background, 255 = ink. */
  pixels: Uint8Array;
}

function readHeaderInt(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset, false);
}

export function parseIdxImages(bytes: Uint8Array, file: string): IdxImages {
  if (bytes.byteLength < IMAGE_HEADER_BYTES) {
    throw new DatasetError(file, `truncated header: ${bytes.byteLength} bytes, expected at least ${IMAGE_HEADER_BYTES}`);
  }
  const magic = readHeaderInt(bytes, 0);
  if (magic !== IMAGE_MAGIC) throw new DatasetError(file, `bad magic ${magic}, expected ${IMAGE_MAGIC} (IDX images)`);
  const count = readHeaderInt(bytes, 4);
  const rows = readHeaderInt(bytes, 8);
  const cols = readHeaderInt(bytes, 12);
  if (rows !== IMAGE_SIDE || cols !== IMAGE_SIDE) {
    throw new DatasetError(file, `images are ${rows}x${cols}, expected ${IMAGE_SIDE}x${IMAGE_SIDE}`);
  }
  const expected = IMAGE_HEADER_BYTES + count * rows * cols;
  if (bytes.byteLength !== expected) {
    throw new DatasetError(
      file,
      `${bytes.byteLength < expected ? "truncated" : "trailing data"}: ${bytes.byteLength} bytes for ${count} images, expected ${expected}`,
    );
  }
  return { count, rows, cols, pixels: bytes.subarray(IMAGE_HEADER_BYTES) };
}

export function parseIdxLabels(bytes: Uint8Array, file: string): Uint8Array {
  if (bytes.byteLength < LABEL_HEADER_BYTES) {
    throw new DatasetError(file, `truncated header: ${bytes.byteLength} bytes, expected at least ${LABEL_HEADER_BYTES}`);
  }
  const magic = readHeaderInt(bytes, 0);
  if (magic !== LABEL_MAGIC) throw new DatasetError(file, `bad magic ${magic}, expected ${LABEL_MAGIC} (IDX labels)`);
  const count = readHeaderInt(bytes, 4);
  const expected = LABEL_HEADER_BYTES + count;
  if (bytes.byteLength !== expected) {
    throw new DatasetError(
      file,
      `${bytes.byteLength < expected ? "truncated" : "trailing data"}: ${bytes.byteLength} bytes for ${count} labels, expected ${expected}`,
    );
  }
  const labels = bytes.subarray(LABEL_HEADER_BYTES);
  const bad = labels.findIndex((label) => label >= CLASS_COUNT);
  if (bad >= 0) throw new DatasetError(file, `label ${labels[bad]} at index ${bad} is not a digit 0-9`);
  return labels;
}
