import sharp from "sharp";
import { MIN_WORKING_SIZE } from "./options.js";
import { PreprocessError } from "./errors.js";
import { decodePlainPng, isPlainPng } from "./decode-png.js";
import { readPngHeader, type PngHeader } from "./png-header.js";
import { sniffFormat, type SupportedFormat } from "./sniff-format.js";

/** What the header says, checked against our limits before any pixel is decoded. */
export interface ImageHeader {
  format: SupportedFormat;
  /** Size after EXIF orientation is applied. */
  width: number;
  height: number;
  orientation?: number;
  /** Colour space from the header; 8-bit grey images skip the sRGB conversion. */
  space: string | undefined;
}

export interface DecodedImage {
  header: ImageHeader;
  /** Interleaved 8-bit samples, EXIF-upright, between MIN_WORKING_SIZE and workingSize on the long side. */
  data: Uint8Array;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

const SHARP_FORMATS: Record<SupportedFormat, string> = {
  png: "png",
  jpeg: "jpeg",
  webp: "webp",
  gif: "gif",
  avif: "heif",
  tiff: "tiff",
};

// 'truncated' refuses files that end early while tolerating the benign warnings many phone JPEGs carry.
const FAIL_ON = "truncated" as const;

function megapixels(pixels: number): string {
  return pixels >= 1e6
    ? `${(pixels / 1e6).toFixed(1)} megapixels`
    : `${pixels.toLocaleString("en-US")} pixels`;
}

function sharpMessage(error: unknown): string {
  return error instanceof Error ? error.message.split("\n")[0]!.trim() : String(error);
}

/** libvips refuses an oversized header before we see it; read the size again without the cap to name it. */
async function tooLarge(
  bytes: Uint8Array,
  format: SupportedFormat,
  maxPixels: number,
  cause: unknown,
): Promise<PreprocessError> {
  const { width, height } = await sharp(bytes, { limitInputPixels: false, pages: 1 })
    .metadata()
    .catch(() => ({ width: undefined, height: undefined }));
  const size = width && height ? `${width}x${height} (${megapixels(width * height)})` : "larger than allowed";
  return new PreprocessError(
    "IMAGE_TOO_LARGE",
    `The ${format.toUpperCase()} image is ${size}; the limit is ${megapixels(maxPixels)}.`,
    { cause },
  );
}

/** Input options shared by every sharp pipeline that reads an upload: first page only, strict, pixel-capped. */
export function safeInputOptions(maxPixels: number): sharp.SharpOptions {
  return { failOn: FAIL_ON, limitInputPixels: maxPixels, pages: 1, page: 0, sequentialRead: true };
}

export interface OpenedImage {
  header: ImageHeader;
  bytes: Uint8Array;
  maxPixels: number;
  /** The sharp instance that read the header, reused for decoding to skip a second input setup. */
  image?: sharp.Sharp;
  /** A PNG whose header was read in JS and which decodePlainPng decodes without libvips. */
  plainPng?: PngHeader;
}

/** The sharp instance for an opened image, created on first use for headers read in JS. */
export function sharpOf(opened: OpenedImage): sharp.Sharp {
  opened.image ??= sharp(opened.bytes, safeInputOptions(opened.maxPixels));
  return opened.image;
}

function checkPixelCount(format: SupportedFormat, width: number, height: number, maxPixels: number): void {
  if (width <= 0 || height <= 0)
    throw new PreprocessError(
      "CORRUPT_IMAGE",
      `The ${format.toUpperCase()} header gives an invalid size ${width}x${height}.`,
    );
  if (width * height > maxPixels) {
    throw new PreprocessError(
      "IMAGE_TOO_LARGE",
      `The ${format.toUpperCase()} image is ${width}x${height} (${megapixels(width * height)}); the limit is ${megapixels(maxPixels)}.`,
    );
  }
}

/** Validates bytes, format and pixel count from the header alone; throws PreprocessError on any refusal. */
export async function openImage(bytes: Uint8Array, maxPixels: number): Promise<OpenedImage> {
  if (bytes.length === 0) throw new PreprocessError("EMPTY_FILE", "The file is empty (0 bytes).");
  const sniffed = sniffFormat(bytes);
  if (!sniffed.supported) {
    throw new PreprocessError(
      "UNSUPPORTED_IMAGE_FORMAT",
      `Unsupported file format: ${sniffed.description}. Upload a PNG, JPEG, WebP, GIF, AVIF or TIFF image.`,
    );
  }
  // Canvas exports, the commonest upload, skip libvips' header read (a fifth of a millisecond).
  const png = sniffed.format === "png" ? readPngHeader(bytes) : undefined;
  if (png && isPlainPng(png)) {
    checkPixelCount("png", png.width, png.height, maxPixels);
    return {
      header: { format: "png", width: png.width, height: png.height, space: undefined },
      bytes,
      maxPixels,
      plainPng: png,
    };
  }
  let metadata: sharp.Metadata;
  const image = sharp(bytes, safeInputOptions(maxPixels));
  try {
    metadata = await image.metadata();
  } catch (error) {
    if (/pixel limit/i.test(sharpMessage(error)))
      throw await tooLarge(bytes, sniffed.format, maxPixels, error);
    throw new PreprocessError(
      "CORRUPT_IMAGE",
      `The ${sniffed.format.toUpperCase()} file could not be read: ${sharpMessage(error)}.`,
      { cause: error },
    );
  }
  if (
    metadata.format !== SHARP_FORMATS[sniffed.format] ||
    (sniffed.format === "avif" && metadata.compression !== "av1")
  ) {
    throw new PreprocessError(
      "UNSUPPORTED_IMAGE_FORMAT",
      `Unsupported file format: the bytes start like ${sniffed.format.toUpperCase()} but decode as ${metadata.format ?? "unknown"}${metadata.compression ? ` (${metadata.compression})` : ""}.`,
    );
  }
  const width = metadata.width ?? 0;
  const height = metadata.pageHeight ?? metadata.height ?? 0;
  checkPixelCount(sniffed.format, width, height, maxPixels);
  const swapped =
    metadata.orientation !== undefined && metadata.orientation >= 5 && metadata.orientation <= 8;
  const header: ImageHeader = {
    format: sniffed.format,
    width: swapped ? height : width,
    height: swapped ? width : height,
    ...(metadata.orientation !== undefined ? { orientation: metadata.orientation } : {}),
    space: metadata.space,
  };
  return { header, bytes, image, maxPixels };
}

/** Maps sharp decode failures to our codes: the pixel cap to IMAGE_TOO_LARGE, anything else to CORRUPT_IMAGE. */
export function decodeError(error: unknown, header: ImageHeader, maxPixels: number): PreprocessError {
  const message = sharpMessage(error);
  if (/pixel limit/i.test(message)) {
    return new PreprocessError(
      "IMAGE_TOO_LARGE",
      `The image exceeds the limit of ${megapixels(maxPixels)}.`,
      { cause: error },
    );
  }
  return new PreprocessError(
    "CORRUPT_IMAGE",
    `The ${header.format.toUpperCase()} file is damaged or truncated: ${message}.`,
    { cause: error },
  );
}

/** Decodes upright and shrunk on load so a 12-megapixel photo costs little more than its header. */
export async function decodeImage(opened: OpenedImage, workingSize: number): Promise<DecodedImage> {
  const { header, maxPixels } = opened;
  const longSide = Math.max(header.width, header.height);
  if (opened.plainPng && longSide <= workingSize && longSide >= MIN_WORKING_SIZE) {
    try {
      return {
        header,
        width: header.width,
        height: header.height,
        ...decodePlainPng(opened.bytes, opened.plainPng),
      };
    } catch (error) {
      throw decodeError(error, header, maxPixels);
    }
  }
  let pipeline = sharpOf(opened).rotate();
  if (longSide > workingSize) {
    pipeline = pipeline.resize({
      width: workingSize,
      height: workingSize,
      fit: "inside",
      fastShrinkOnLoad: true,
      kernel: "linear",
    });
  } else if (longSide < MIN_WORKING_SIZE) {
    // A thumbnail-sized upload (a 28x28 MNIST image) is enlarged smoothly so strokes span
    // enough pixels for the edge and size measurements made on every other image.
    const scale = MIN_WORKING_SIZE / longSide;
    pipeline = pipeline.resize({
      width: Math.round(header.width * scale),
      height: Math.round(header.height * scale),
      fit: "fill",
      kernel: "cubic",
    });
  }
  // Everything but 8-bit grey comes back as sRGB (CMYK, 16-bit, palettes converted by libvips);
  // luminance is then taken in JS, cheaper than libvips' colorimetric grey conversion.
  if (header.space !== "b-w") pipeline = pipeline.toColourspace("srgb");
  try {
    const { data, info } = await pipeline.raw({ depth: "uchar" }).toBuffer({ resolveWithObject: true });
    return { header, data, width: info.width, height: info.height, channels: info.channels };
  } catch (error) {
    throw decodeError(error, header, maxPixels);
  }
}
