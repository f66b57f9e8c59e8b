// What the API and the model packages use; this package's tests import modules directly.
export { normalizeDigitImage, type NormalizedDigitInfo } from "./normalize-digit-image.js";
export type { Thumbnail } from "./create-thumbnail.js";
export { PreprocessError, isPreprocessError, type PreprocessErrorCode } from "./errors.js";
export type { PreprocessOptions } from "./options.js";
export type { SupportedFormat } from "./sniff-format.js";
export { createPreprocessPool, type PreprocessPool } from "./preprocess-pool.js";
export { default as preprocessInThread, type PreprocessReply, type PreprocessTask } from "./preprocess-thread.js";
export { layoutInkImage } from "./layout-ink-image.js";
export type { GrayImage } from "./gray-image.js";
export { encodeInputPng } from "./encode-png.js";
export { warmUpDrawing } from "./warm-up-drawing.js";
export { segmentNumber, MAX_NUMBER_DIGITS } from "./segment-number.js";
