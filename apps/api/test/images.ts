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
