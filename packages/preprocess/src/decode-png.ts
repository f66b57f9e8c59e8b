import { inflateSync } from "node:zlib";
import type { PngHeader } from "./png-header.js";

/** Samples per pixel of the colour types decoded here: grey, RGB, grey + alpha, RGBA. */
const CHANNELS: Partial<Record<number, 1 | 2 | 3 | 4>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** zlib's smallest output chunk (zlib.constants.Z_MIN_CHUNK). */
const MIN_CHUNK_BYTES = 64;

export class PngDecodeError extends Error {
  override name = "PngDecodeError";
}

/** True for the PNGs decodePlainPng handles: 8-bit, not interlaced, no palette, no tRNS, no EXIF orientation. */
export function isPlainPng(header: PngHeader): boolean {
  return header.bitDepth === 8 && !header.interlaced && CHANNELS[header.colorType] !== undefined && !header.hasTransparencyChunk && !header.hasExif;
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
}

/**
 * Inflates and unfilters a plain PNG into interleaved 8-bit samples in its own channel layout.
 * The common canvas export, done with the native zlib and one pass, costs a fraction of a
 * libvips pipeline; everything else goes to libvips.
 */
export function decodePlainPng(bytes: Uint8Array, header: PngHeader): { data: Uint8Array; channels: 1 | 2 | 3 | 4 } {
  const channels = CHANNELS[header.colorType];
  if (!isPlainPng(header) || channels === undefined) throw new PngDecodeError(`not a plain 8-bit PNG (colour type ${header.colorType}, depth ${header.bitDepth})`);
  const { width, height } = header;
  const stride = width * channels;
  const expected = (stride + 1) * height;
  // One IDAT chunk (a canvas export's usual case) inflates in place, without a copy.
  const chunks = header.imageData.map(([start, end]) => bytes.subarray(start, end));
  const compressed = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  let filtered: Buffer;
  try {
    // Capped at the size the header promises, so a deflate bomb stops there; one output chunk of that
    // size spares zlib's 16 KB chunks and their concatenation (a quarter of the inflate's CPU).
    filtered = inflateSync(compressed, { maxOutputLength: expected, chunkSize: Math.max(MIN_CHUNK_BYTES, expected) });
  } catch (error) {
    throw new PngDecodeError(`image data does not inflate (${error instanceof Error ? error.message : String(error)})`);
  }
  if (filtered.length < expected) throw new PngDecodeError(`image data ends early (${filtered.length} of ${expected} bytes)`);
  // Unfiltered in place: row y's output starts y + 1 bytes before its input (one filter byte per
  // row above it and its own), so writing forward never overwrites a byte still to be read.
  const data = filtered;
  for (let y = 0; y < height; y++) {
    const filter = filtered[y * (stride + 1)]!;
    const source = y * (stride + 1) + 1;
    const row = y * stride;
    const above = row - stride;
    switch (filter) {
      case 0:
        data.copyWithin(row, source, source + stride);
        break;
      case 1:
        for (let i = 0; i < stride; i++) data[row + i] = filtered[source + i]! + (i >= channels ? data[row + i - channels]! : 0);
        break;
      case 2:
        for (let i = 0; i < stride; i++) data[row + i] = filtered[source + i]! + (y > 0 ? data[above + i]! : 0);
        break;
      case 3:
        for (let i = 0; i < stride; i++) {
          const left = i >= channels ? data[row + i - channels]! : 0;
          const up = y > 0 ? data[above + i]! : 0;
          data[row + i] = filtered[source + i]! + ((left + up) >> 1);
        }
        break;
      case 4:
        for (let i = 0; i < stride; i++) {
          const left = i >= channels ? data[row + i - channels]! : 0;
          const up = y > 0 ? data[above + i]! : 0;
          const upLeft = y > 0 && i >= channels ? data[above + i - channels]! : 0;
          data[row + i] = filtered[source + i]! + paeth(left, up, upLeft);
        }
        break;
      default:
        throw new PngDecodeError(`row ${y} has an unknown filter type ${filter}`);
    }
  }
  return { data: data.subarray(0, stride * height), channels };
}
