export interface PreprocessOptions {
  /** Largest accepted image, in pixels (width x height from the header); default 40 megapixels. */
  maxPixels?: number;
  /** Long side, in pixels, of the downscaled working image the digit is searched in; default 512. */
  workingSize?: number;
  /** Bring very thick or very thin strokes towards MNIST's stroke width; default true. */
  normalizeStrokeWidth?: boolean;
  /** Also return a WebP thumbnail of the upload at most this many pixels on its longer side, made from the same decode. */
  thumbnailSide?: number;
}

export interface ResolvedOptions {
  maxPixels: number;
  workingSize: number;
  normalizeStrokeWidth: boolean;
  thumbnailSide: number | undefined;
}

export const DEFAULT_MAX_PIXELS = 40_000_000;
export const DEFAULT_WORKING_SIZE = 512;
/** Smaller uploads are enlarged to this long side before analysis. */
export const MIN_WORKING_SIZE = 112;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0)
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

export function resolveOptions(options: PreprocessOptions = {}): ResolvedOptions {
  const workingSize = positiveInteger("workingSize", options.workingSize, DEFAULT_WORKING_SIZE);
  if (workingSize < 28) throw new RangeError(`workingSize must be at least 28, got ${workingSize}`);
  return {
    maxPixels: positiveInteger("maxPixels", options.maxPixels, DEFAULT_MAX_PIXELS),
    workingSize,
    normalizeStrokeWidth: options.normalizeStrokeWidth ?? true,
    thumbnailSide:
      options.thumbnailSide === undefined
        ? undefined
        : positiveInteger("thumbnailSide", options.thumbnailSide, 0),
  };
}
