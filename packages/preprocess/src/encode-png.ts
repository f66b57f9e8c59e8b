import { deflateSync } from "node:zlib";
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
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, "ascii");
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
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
  const scanlines = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    scanlines.set(samples.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** 8-bit grayscale PNG of values in 0..1; written directly because a 28x28 image isn't worth a sharp round trip. */
export function encodeGrayPng(values: Float32Array, width: number, height: number): Buffer {
  return encodePng(
    Uint8Array.from(values, (value) => Math.round(Math.min(1, Math.max(0, value)) * 255)),
    width,
    height,
    1,
  );
}

/** A 28x28 model input (0..1, white on black) as the 8-bit grayscale PNG shown beside a prediction. */
export function encodeInputPng(input: Float32Array): Buffer {
  return encodeGrayPng(input, MNIST_SIDE, MNIST_SIDE);
}
