const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR_LENGTH = 13;

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  /** An eXIf chunk may carry an orientation, which only libvips applies. */
  hasExif: boolean;
  /** A tRNS chunk makes one colour (or palette entries) transparent. */
  hasTransparencyChunk: boolean;
  /** [start, end) byte ranges of the IDAT chunks' data, in order. */
  imageData: Array<[number, number]>;
}

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(bytes[offset]!, bytes[offset + 1]!, bytes[offset + 2]!, bytes[offset + 3]!);
}

/**
 * Reads IHDR and walks the chunk headers (never the pixel data) up to IEND. Returns undefined
 * for anything irregular (no IHDR first, a chunk running past the end, no IEND), which the
 * caller leaves to libvips to diagnose.
 */
export function readPngHeader(bytes: Uint8Array): PngHeader | undefined {
  if (bytes.length < 8 + 12 + IHDR_LENGTH || SIGNATURE.some((value, index) => bytes[index] !== value)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== IHDR_LENGTH || chunkType(bytes, 12) !== "IHDR") return undefined;
  const header: PngHeader = {
    width: view.getUint32(16),
    height: view.getUint32(20),
    bitDepth: bytes[24]!,
    colorType: bytes[25]!,
    interlaced: bytes[28] !== 0,
    hasExif: false,
    hasTransparencyChunk: false,
    imageData: [],
  };
  for (let offset = 8; ; ) {
    if (offset + 12 > bytes.length) return undefined;
    const length = view.getUint32(offset);
    const type = chunkType(bytes, offset + 4);
    const next = offset + 12 + length;
    if (next > bytes.length) return undefined;
    if (type === "IDAT") header.imageData.push([offset + 8, offset + 8 + length]);
    else if (type === "eXIf") header.hasExif = true;
    else if (type === "tRNS") header.hasTransparencyChunk = true;
    else if (type === "IEND") return header;
    offset = next;
  }
}
