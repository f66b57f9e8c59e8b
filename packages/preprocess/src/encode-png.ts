import { constants, deflateSync } from "node:zlib";
import { MNIST_SIDE } from "./mnist-layout.js";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Writes a chunk (length, type, body, CRC) into `out` at `offset`; returns the offset after it. */
function writeChunk(out: Buffer, offset: number, type: string, body: Uint8Array): number {
  out.writeUInt32BE(body.length, offset);
  out.write(type, offset + 4, "ascii");
  out.set(body, offset + 8);
  out.writeUInt32BE(crc32(out.subarray(offset + 4, offset + 8 + body.length)), offset + 8 + body.length);
  return offset + 12 + body.length;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const COLOUR_TYPES = { 1: 0, 2: 4, 3: 2, 4: 6 } as const;

/** 8-bit PNG of interleaved samples (grey, grey + alpha, RGB or RGBA), every row unfiltered. */
export function encodePng(
  samples: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 2 | 3 | 4,
): Buffer {
  const stride = width * channels;
  if (samples.length !== stride * height)
    throw new RangeError(
      `expected ${stride * height} samples for ${width}x${height}x${channels}, got ${samples.length}`,
    );
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = COLOUR_TYPES[channels];
  const scanlines = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    scanlines[y * (stride + 1)] = 0;
    scanlines.set(samples.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  // zlib allocates its output a chunk at a time (16 KB unless told): an eighth of the input holds a
  // drawing's compressed rows in one chunk, and anything bigger just takes more of them.
  const chunkSize = Math.min(16 * 1024, Math.max(1024, scanlines.length >> 3));
  // Run-length matching: a drawing's flat runs pack as small as level 6's search makes them (28x28
  // inputs within a byte on average) for a fifth of its CPU on a thumbnail, two thirds on an input.
  const compressed = deflateSync(scanlines, { strategy: constants.Z_RLE, chunkSize });
  const png = Buffer.allocUnsafe(SIGNATURE.length + 3 * 12 + header.length + compressed.length);
  png.set(SIGNATURE, 0);
  let offset = writeChunk(png, SIGNATURE.length, "IHDR", header);
  offset = writeChunk(png, offset, "IDAT", compressed);
  writeChunk(png, offset, "IEND", new Uint8Array(0));
  return png;
}

/**
 * The same pixels in the fewest channels that hold them exactly: an alpha channel that is opaque
 * everywhere is dropped, and colour whose red, green and blue agree everywhere becomes grey.
 * Opaque grey RGBA becomes a quarter of the bytes to compress and store (drawing pads' exports take
 * shrinkOpaqueGrey's shorter way before this).
 */
export function fewestChannels(samples: Uint8Array, channels: 1 | 2 | 3 | 4): { samples: Uint8Array; channels: 1 | 2 | 3 | 4 } {
  if (channels === 1) return { samples, channels };
  const hasAlpha = channels === 2 || channels === 4;
  const colour = channels >= 3;
  let opaque = hasAlpha;
  let grey = colour;
  for (let i = 0; i < samples.length && (opaque || grey); i += channels) {
    if (opaque && samples[i + channels - 1] !== 255) opaque = false;
    if (grey && (samples[i] !== samples[i + 1] || samples[i] !== samples[i + 2])) grey = false;
  }
  const kept = (grey ? 1 : colour ? 3 : 1) + (hasAlpha && !opaque ? 1 : 0);
  if (kept === channels) return { samples, channels };
  const pixels = samples.length / channels;
  const out = new Uint8Array(pixels * kept);
  if (kept === 1) {
    // Grey and opaque, the drawing-pad case: red stands for all three.
    for (let p = 0; p < pixels; p++) out[p] = samples[p * channels]!;
    return { samples: out, channels: 1 };
  }
  // Which source channels survive: grey keeps red (equal to green and blue), alpha stays last.
  const sourceOf = grey || !colour ? [0] : [0, 1, 2];
  if (kept > sourceOf.length) sourceOf.push(channels - 1);
  for (let p = 0, source = 0, target = 0; p < pixels; p++, source += channels)
    for (let c = 0; c < kept; c++) out[target++] = samples[source + sourceOf[c]!]!;
  return { samples: out, channels: kept as 1 | 2 | 3 | 4 };
}

/** 8-bit grayscale PNG of values in 0..1; written directly because a 28x28 image isn't worth a sharp round trip. */
export function encodeGrayPng(values: Float32Array, width: number, height: number): Buffer {
  const samples = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) samples[i] = Math.round(Math.min(1, Math.max(0, values[i]!)) * 255);
  return encodePng(samples, width, height, 1);
}

/** A 28x28 model input (0..1, white on black) as the 8-bit grayscale PNG shown beside a prediction. */
export function encodeInputPng(input: Float32Array): Buffer {
  return encodeGrayPng(input, MNIST_SIDE, MNIST_SIDE);
}
