/** Raster formats we decode; everything else is refused before any decoder sees the bytes. */
export const SUPPORTED_FORMATS = ["png", "jpeg", "webp", "gif", "avif", "tiff"] as const;

export type SupportedFormat = (typeof SUPPORTED_FORMATS)[number];

export type SniffResult = { supported: true; format: SupportedFormat } | { supported: false; description: string };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((value, index) => bytes[offset + index] === value);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, Math.min(end, bytes.length)));
}

// ISO-BMFF brands: major brand at 8..12, compatible brands from 16 to the end of the ftyp box.
function isoBrands(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== "ftyp") return undefined;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize || bytes.length, bytes.length, 256);
  const brands = [ascii(bytes, 8, 12)];
  for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(bytes, offset, offset + 4));
  return brands;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 512);
  let printable = 0;
  for (const byte of sample) if (byte === 9 || byte === 10 || byte === 13 || (byte >= 32 && byte < 127) || byte >= 128) printable++;
  return sample.length > 0 && printable / sample.length > 0.95 && !sample.includes(0);
}

function hexPrefix(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 8), (byte) => byte.toString(16).padStart(2, "0")).join(" ");
}

/** Names the format from its magic bytes; unsupported results carry a description for the error message. */
export function sniffFormat(bytes: Uint8Array): SniffResult {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { supported: true, format: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { supported: true, format: "jpeg" };
  if (ascii(bytes, 0, 6) === "GIF87a" || ascii(bytes, 0, 6) === "GIF89a") return { supported: true, format: "gif" };
  if (ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 12) === "WEBP") return { supported: true, format: "webp" };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { supported: true, format: "tiff" };
  const brands = isoBrands(bytes);
  if (brands?.some((brand) => brand === "avif" || brand === "avis")) return { supported: true, format: "avif" };
  if (brands) return { supported: false, description: `HEIF/ISO media (brands ${brands.join(", ")})` };

  if (ascii(bytes, 0, 5) === "%PDF-") return { supported: false, description: "PDF" };
  const head = ascii(bytes, 0, 1024).replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart().toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg|<svg)/.test(head)) return { supported: false, description: "SVG" };
  if (head.startsWith("<?xml") || head.startsWith("<!doctype html") || head.startsWith("<html")) return { supported: false, description: "XML/HTML text" };
  if (ascii(bytes, 0, 2) === "BM" && bytes.length > 14) return { supported: false, description: "BMP" };
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return { supported: false, description: "ICO" };
  if (ascii(bytes, 0, 4) === "8BPS") return { supported: false, description: "Photoshop PSD" };
  if (startsWith(bytes, [0xff, 0x0a]) || startsWith(bytes, [0x00, 0x00, 0x00, 0x0c, 0x4a, 0x58, 0x4c, 0x20])) return { supported: false, description: "JPEG XL" };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { supported: false, description: "ZIP archive" };
  if (looksLikeText(bytes)) return { supported: false, description: `plain text ("${ascii(bytes, 0, 24).replace(/[^\x20-\x7e]/g, "?")}…")` };
  return { supported: false, description: `unknown (first bytes ${hexPrefix(bytes)})` };
}
