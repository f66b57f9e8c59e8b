export {
  normalizeDigitImage,
  type NormalizedDigit,
  type NormalizedDigitInfo,
} from "./normalize-digit-image.js";
export { createThumbnail, type Thumbnail } from "./create-thumbnail.js";
export {
  PreprocessError,
  PREPROCESS_ERROR_CODES,
  isPreprocessError,
  type PreprocessErrorCode,
} from "./errors.js";
export { DEFAULT_MAX_PIXELS, DEFAULT_WORKING_SIZE, type PreprocessOptions } from "./options.js";
export { SUPPORTED_FORMATS, type SupportedFormat } from "./sniff-format.js";
export { MNIST_BOX, MNIST_CENTRE, MNIST_SIDE } from "./mnist-layout.js";
export type { Box } from "./connected-components.js";
export {
  createPreprocessPool,
  type PooledNumber,
  type PreprocessPool,
  type PreprocessPoolOptions,
} from "./preprocess-pool.js";
export { layoutInkImage, type LaidOutInk } from "./layout-ink-image.js";
export type { GrayImage } from "./gray-image.js";
export { encodeInputPng } from "./encode-png.js";
export {
  segmentNumber,
  MAX_NUMBER_DIGITS,
  type SegmentedNumber,
  type InkSpan,
  type DigitCandidate,
} from "./segment-number.js";
