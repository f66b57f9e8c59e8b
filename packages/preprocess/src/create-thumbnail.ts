import { decodeError, openImage } from "./decode-image.js";
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
  const { header, image } = await openImage(bytes, maxPixels);
  try {
    const { data, info } = await image
      .rotate()
      .resize({ width: maxSide, height: maxSide, fit: "inside", withoutEnlargement: true, fastShrinkOnLoad: true })
      .webp({ quality: 80, alphaQuality: 80 })
      .toBuffer({ resolveWithObject: true });
    return { dataUrl: `data:image/webp;base64,${data.toString("base64")}`, width: info.width, height: info.height };
  } catch (error) {
    throw decodeError(error, header, maxPixels);
  }
}
