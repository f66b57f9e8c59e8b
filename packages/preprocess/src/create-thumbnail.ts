import sharp from "sharp";
import { decodeError, openImage, sharpOf, type DecodedImage } from "./decode-image.js";
import { DEFAULT_MAX_PIXELS } from "./options.js";

export interface Thumbnail {
  /** data:image/webp;base64,... of the upright original, at most maxSide on its longer side. */
  dataUrl: string;
  width: number;
  height: number;
}

/** A small upright preview of the upload for history lists; refuses exactly what normalizeDigitImage refuses before decoding. */
export async function createThumbnail(bytes: Uint8Array, maxSide = 128, options: { maxPixels?: number } = {}): Promise<Thumbnail> {
  if (!Number.isInteger(maxSide) || maxSide <= 0) throw new RangeError(`maxSide must be a positive integer, got ${maxSide}`);
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const opened = await openImage(bytes, maxPixels);
  const { header } = opened;
  try {
    const { data, info } = await sharpOf(opened)
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true, fastShrinkOnLoad: true })
      .webp({ quality: 80, alphaQuality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { dataUrl: `data:image/webp;base64,${data.toString("base64")}`, width: info.width, height: info.height };
  } catch (error) {
    throw decodeError(error, header, maxPixels);
  }
}

/** Fits width x height inside maxSide, never enlarging. */
export function thumbnailSize(width: number, height: number, maxSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The same thumbnail made from pixels already decoded for analysis, which spares a second decode of the upload. */
export async function thumbnailFromDecoded(decoded: DecodedImage, maxSide: number): Promise<Thumbnail> {
  const { width, height, channels, data, header } = decoded;
  const size = thumbnailSize(header.width, header.height, maxSide);
  const { data: webp, info } = await sharp(data, { raw: { width, height, channels } })
    .resize({ ...size, fit: "fill" })
    .webp({ quality: 80, alphaQuality: 80 })
    .toBuffer({ resolveWithObject: true });
  return { dataUrl: `data:image/webp;base64,${webp.toString("base64")}`, width: info.width, height: info.height };
}
