/** Images are kept as bytes in the history and served as the data URLs the schema promises. */

function startsWith(bytes: Uint8Array, ascii: string, offset = 0): boolean {
  if (bytes.length < offset + ascii.length) return false;
  for (let index = 0; index < ascii.length; index++)
    if (bytes[offset + index] !== ascii.charCodeAt(index)) return false;
  return true;
}

/** The MIME type of a stored image (PNG, WebP or JPEG), from its magic bytes. */
export function storedImageType(bytes: Uint8Array): string {
  if (startsWith(bytes, "\x89PNG")) return "image/png";
  if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8)) return "image/webp";
  if (startsWith(bytes, "\xff\xd8\xff")) return "image/jpeg";
  return "application/octet-stream";
}

/** `data:<type>;base64,...` of a stored image. */
export function imageDataUrl(bytes: Uint8Array): string {
  const base64 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  return `data:${storedImageType(bytes)};base64,${base64}`;
}

/** An image column of a listed row: a page leaves images out only when its query shows none of them. */
export function listedImage(bytes: Uint8Array | undefined): Uint8Array {
  if (!bytes) throw new Error("a history page was read without the images its query selects");
  return bytes;
}

/** The bytes of a base64 data URL, to be stored. */
export function dataUrlBytes(dataUrl: string): Buffer {
  const comma = dataUrl.indexOf(",");
  if (!dataUrl.startsWith("data:") || !dataUrl.slice(0, comma).endsWith(";base64"))
    throw new TypeError(`not a base64 data URL: ${dataUrl.slice(0, 40)}`);
  return Buffer.from(dataUrl.slice(comma + 1), "base64");
}
