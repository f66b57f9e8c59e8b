import sharp from "sharp";

export type Encoding = { format: "jpeg"; quality: number } | { format: "png" } | { format: "webp"; quality: number };

/** EXIF orientations a phone writes when the sensor was held sideways or upside down. */
export type StoredOrientation = 3 | 6 | 8;

export interface EncodeOptions {
  encoding: Encoding;
  /** Gaussian blur (sigma in pixels) for focus and motion softness; 0 or absent for none. */
  blur?: number;
  /** Store the pixels turned so that applying this EXIF orientation shows them upright. */
  orientation?: StoredOrientation;
}

// Clockwise turn that stores upright pixels for each orientation (6: viewer turns 90 degrees clockwise).
const STORED_ROTATION: Record<StoredOrientation, number> = { 3: 180, 6: 270, 8: 90 };

export const EXTENSIONS: Record<Encoding["format"], string> = { jpeg: "jpg", png: "png", webp: "webp" };

/** Encodes an upright raw RGB/RGBA buffer as a real file, optionally blurred and stored EXIF-rotated. */
export async function encodeImage(raw: Buffer, width: number, height: number, channels: 3 | 4, options: EncodeOptions): Promise<Buffer> {
  let pipeline = sharp(raw, { raw: { width, height, channels } });
  // Gaussian blur is isotropic, so sharp applying it after the rotation changes nothing.
  if (options.blur && options.blur >= 0.3) pipeline = pipeline.blur(options.blur);
  if (options.orientation) pipeline = pipeline.rotate(STORED_ROTATION[options.orientation]);
  const { encoding } = options;
  if (encoding.format === "jpeg") pipeline = pipeline.jpeg({ quality: encoding.quality, mozjpeg: false, chromaSubsampling: "4:2:0" });
  else if (encoding.format === "webp") pipeline = pipeline.webp({ quality: encoding.quality });
  else pipeline = pipeline.png({ compressionLevel: 6 });
  if (options.orientation) pipeline = pipeline.withMetadata({ orientation: options.orientation });
  return pipeline.toBuffer();
}
