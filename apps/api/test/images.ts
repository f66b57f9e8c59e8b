import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

// Strokes like the web app's 280x280 drawing pad: black ink, round caps, on white.
const STROKES = {
  0: "M140 50 C 60 50, 60 230, 140 230 C 220 230, 220 50, 140 50 Z",
  1: "M150 50 L150 230",
  7: "M80 60 L200 60 L120 230",
} as const;

export type DrawnDigit = keyof typeof STROKES;

function svg(body: string, side = 280): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="${side}" height="${side}" fill="white"/>${body}</svg>`,
  );
}

/** A PNG of a hand-drawn-looking digit, 280x280 unless told otherwise. */
export function drawnDigitPng(digit: DrawnDigit = 7, side = 280): Promise<Buffer> {
  const path = `<path d="${STROKES[digit]}" stroke="black" stroke-width="20" stroke-linecap="round" stroke-linejoin="round" fill="none" transform="scale(${side / 280})"/>`;
  return sharp(svg(path, side)).png().toBuffer();
}

export async function drawnDigitJpeg(digit: DrawnDigit = 1): Promise<Buffer> {
  return sharp(await drawnDigitPng(digit))
    .jpeg()
    .toBuffer();
}

/** White paper, nothing drawn. */
export function blankPng(): Promise<Buffer> {
  return sharp({ create: { width: 280, height: 280, channels: 3, background: "white" } })
    .png()
    .toBuffer();
}

/** The SVG source of a digit: a format we refuse (scripts, external references). */
export function digitSvg(): Buffer {
  return svg(`<path d="${STROKES[7]}" stroke="black" stroke-width="20" fill="none"/>`);
}

export function minimalPdf(): Buffer {
  return Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}

/** A real PNG cut in half: the header is fine, the pixel data ends early. */
export async function truncatedPng(): Promise<Buffer> {
  const png = await drawnDigitPng(0);
  return png.subarray(0, Math.floor(png.length / 2));
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid 8-bit grayscale PNG of side x side black pixels
 * (default 49 megapixels) that compresses to about 50 KB.
 */
export function decompressionBombPng(side = 7000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const rows = Buffer.alloc((side + 1) * side); // filter byte 0 + zero pixels per row
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Drawings that are not one digit, stroked like the drawing pad's: each must be refused or flagged. */
const NON_DIGITS = {
  "letter A": "M80 235 L140 45 L200 235 M100 170 L180 170",
  smiley:
    "M140 40 A100 100 0 1 0 140.1 40 Z M105 105 L106 106 M175 105 L176 106 M90 160 C 110 210, 170 210, 190 160",
  hash: "M115 50 L95 230 M185 50 L165 230 M60 110 L220 110 M55 170 L215 170",
  hourglass: "M70 50 L210 50 L70 230 L210 230 Z",
} as const;

export type DrawnNonDigit = keyof typeof NON_DIGITS;
export const DRAWN_NON_DIGITS = Object.keys(NON_DIGITS) as DrawnNonDigit[];

export function drawnNonDigitPng(kind: DrawnNonDigit): Promise<Buffer> {
  return sharp(
    svg(
      `<path d="${NON_DIGITS[kind]}" stroke="black" stroke-width="18" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`,
    ),
  )
    .png()
    .toBuffer();
}

/** "42" drawn on a 560x280 pad, the two digits a little apart. */
export function drawnNumberPng(): Promise<Buffer> {
  const four = "M150 40 L60 170 L230 170 M170 90 L170 240";
  const two = "M320 90 C 340 30, 470 30, 460 100 C 450 150, 360 190, 320 240 L 480 240";
  return sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="560" height="280"><rect width="560" height="280" fill="white"/><path d="${four} ${two}" stroke="black" stroke-width="18" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>`,
    ),
  )
    .png()
    .toBuffer();
}

/** MNIST test digits as a drawing pad would send them: dark on white, 280x280 PNG. */
export async function mnistDigitPngs(count: number): Promise<Array<{ label: number; png: Buffer }>> {
  const { loadMnist } = await import("@digit-lab/model");
  const { test } = await loadMnist(undefined, ["test"]);
  return Promise.all(
    Array.from({ length: count }, async (_, i) => ({
      label: test.labels[i]!,
      png: await sharp(Buffer.from(test.images.subarray(i * 784, (i + 1) * 784)), {
        raw: { width: 28, height: 28, channels: 1 },
      })
        .negate()
        .resize(280, 280, { kernel: "cubic" })
        .png()
        .toBuffer(),
    })),
  );
}

/**
 * MNIST test digits side by side as one number, dark on white like a wide drawing pad's PNG: each
 * digit's 28x28 tile enlarged 6x, so neighbouring digits stay apart by their tiles' margins.
 */
export async function mnistNumberPng(indices: number[]): Promise<{ value: string; png: Buffer }> {
  const { loadMnist } = await import("@digit-lab/model");
  const { test } = await loadMnist(undefined, ["test"]);
  const tile = 168;
  const margin = 40;
  const tiles = await Promise.all(
    indices.map((index, position) =>
      sharp(Buffer.from(test.images.subarray(index * 784, (index + 1) * 784)), {
        raw: { width: 28, height: 28, channels: 1 },
      })
        .negate()
        .resize(tile, tile, { kernel: "cubic" })
        .png()
        .toBuffer()
        .then((input) => ({ input, left: margin + position * tile, top: margin })),
    ),
  );
  const png = await sharp({
    create: {
      width: 2 * margin + indices.length * tile,
      height: 2 * margin + tile,
      channels: 3,
      background: "white",
    },
  })
    .composite(tiles)
    .png()
    .toBuffer();
  return { value: indices.map((index) => String(test.labels[index])).join(""), png };
}
