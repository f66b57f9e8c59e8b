// Writes the hand-crafted files the tests feed to normalizeDigitImage (test/fixtures/crafted).
// Deterministic: re-running produces the same bytes. Usage: pnpm exec tsx scripts/craft-fixtures.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";
import sharp from "sharp";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "../test/fixtures/crafted");

/** A "7": a horizontal bar and a long diagonal, so any rotation or mirroring is visible. */
function sevenSvg(width: number, height: number, stroke: string, background: string | null, strokeWidth: number): Buffer {
  const s = Math.min(width, height) / 280;
  const rect = background ? `<rect width="100%" height="100%" fill="${background}"/>` : "";
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${rect}` +
      `<path d="M ${80 * s} ${60 * s} L ${200 * s} ${60 * s} L ${120 * s} ${230 * s}" fill="none" stroke="${stroke}" stroke-width="${strokeWidth * s}" stroke-linecap="round" stroke-linejoin="round"/></svg>`,
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function pngChunk(type: string, body: Buffer): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, "ascii");
  body.copy(out, 8);
  let c = 0xffffffff;
  for (const byte of out.subarray(4, 8 + body.length)) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  out.writeUInt32BE((c ^ 0xffffffff) >>> 0, 8 + body.length);
  return out;
}

/** A valid 1-bit 20000x20000 PNG: 50 MB of zero scanlines deflate to ~50 KB, 400 megapixels once decoded. */
function pngBomb(): Buffer {
  const side = 20000;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1;
  header[9] = 0;
  const scanlines = Buffer.alloc((side / 8 + 1) * side);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", header),
    pngChunk("IDAT", deflateSync(scanlines, { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

const MINIMAL_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
`;

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const files: Record<string, Buffer> = {};
  const sevenPng = await sharp(sevenSvg(280, 280, "#000", "#fff", 20)).png().toBuffer();
  const sevenJpeg = await sharp(sevenSvg(400, 300, "#1b2a80", "#eeeae0", 20)).jpeg({ quality: 90 }).toBuffer();

  files["empty.png"] = Buffer.alloc(0);
  files["text-renamed.png"] = Buffer.from("This is a shopping list, not a picture.\nmilk\neggs\n");
  files["truncated.png"] = sevenPng.subarray(0, Math.floor(sevenPng.length / 2));
  files["truncated.jpg"] = sevenJpeg.subarray(0, Math.floor(sevenJpeg.length * 0.6));
  files["garbage-after-signature.png"] = Buffer.concat([sevenPng.subarray(0, 8), Buffer.from("definitely not an IHDR chunk, just noise bytes")]);
  files["bomb-20000x20000.png"] = pngBomb();
  files["digit.svg"] = sevenSvg(280, 280, "#000", "#fff", 20);
  files["document.pdf"] = Buffer.from(MINIMAL_PDF);
  files["seven.bmp"] = Buffer.concat([Buffer.from("BM"), Buffer.alloc(60)]);

  files["seven-canvas.png"] = sevenPng;
  files["seven-photo.jpg"] = sevenJpeg;
  // The same photo stored turned 90 degrees anticlockwise with EXIF orientation 6 (viewer turns it back clockwise).
  files["seven-photo-exif6.jpg"] = await sharp(await sharp(sevenSvg(400, 300, "#1b2a80", "#eeeae0", 20)).png().toBuffer())
    .rotate(270)
    .jpeg({ quality: 90 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  files["seven-transparent-black.png"] = await sharp(sevenSvg(280, 280, "#000", null, 20)).png().toBuffer();
  files["seven-transparent-white.png"] = await sharp(sevenSvg(280, 280, "#fff", null, 20)).png().toBuffer();
  files["seven-white-on-black.png"] = await sharp(sevenSvg(280, 280, "#fff", "#000", 20)).png().toBuffer();
  files["seven.webp"] = await sharp(sevenSvg(280, 280, "#000", "#fff", 20)).webp({ quality: 90 }).toBuffer();
  files["seven.tiff"] = await sharp(sevenSvg(280, 280, "#000", "#fff", 20)).tiff().toBuffer();
  files["seven.avif"] = await sharp(sevenSvg(280, 280, "#000", "#fff", 20)).avif({ quality: 60 }).toBuffer();

  // Two frames: the "7" first, then a blank frame; only the first frame must be read.
  const frame = async (svg: Buffer): Promise<Buffer> => sharp(svg).ensureAlpha().raw().toBuffer();
  const frames = Buffer.concat([await frame(sevenSvg(140, 140, "#000", "#fff", 20)), await frame(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="140" height="140"><rect width="100%" height="100%" fill="#fff"/></svg>'))]);
  files["animated.gif"] = await sharp(frames, { raw: { width: 140, height: 280, channels: 4, pageHeight: 140 } }).gif({ loop: 0, delay: [500, 500] }).toBuffer();

  files["blank-white.png"] = await sharp({ create: { width: 280, height: 280, channels: 3, background: "#ffffff" } }).png().toBuffer();
  files["blank-transparent.png"] = await sharp({ create: { width: 280, height: 280, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
  const noise = Buffer.alloc(300 * 300);
  let seed = 7;
  for (let i = 0; i < noise.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    noise[i] = 200 + ((seed >>> 16) % 24);
  }
  files["paper-noise.png"] = await sharp(noise, { raw: { width: 300, height: 300, channels: 1 } }).png().toBuffer();
  const gradient = Buffer.alloc(400 * 300);
  for (let y = 0; y < 300; y++) for (let x = 0; x < 400; x++) gradient[y * 400 + x] = 120 + Math.round((100 * x) / 400 + (20 * y) / 300);
  files["lighting-gradient.jpg"] = await sharp(gradient, { raw: { width: 400, height: 300, channels: 1 } }).jpeg({ quality: 85 }).toBuffer();

  for (const [name, bytes] of Object.entries(files)) await writeFile(join(OUT, name), bytes);
  console.log(`wrote ${Object.keys(files).length} files to ${OUT}`);
}

await main();
