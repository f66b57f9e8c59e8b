// What the API, the web app's tests and @digit-lab/model-tools use; tests of this package import modules directly.
export {
  ARCHITECTURES,
  ARCHITECTURE_DESCRIPTIONS,
  DEFAULT_ARCHITECTURE,
  assertArchitecture,
  createModel,
  describeArchitectures,
  isArchitecture,
  type Architecture,
} from "./architectures.js";
export {
  BROWSER_MODEL_JSON,
  BROWSER_WEIGHTS,
  CONTENT_ID,
  browserModelFiles,
  type BrowserModelFiles,
} from "./browser-files.js";
export { initBackend } from "./backend.js";
export { modelReader } from "./calibration.js";
export { removeCheckpoint } from "./checkpoint.js";
export { TRAINING_RUN_LIMITS } from "./training-run-limits.js";
export {
  formatConfidence,
  refusalOf,
  RECOGNITION_REFUSALS,
  type RecognitionRefusalCode,
  readDigit,
  type Calibration,
  type DigitReading,
  type MarksLayout,
} from "./reading.js";
export { combineRecognition, formatRecognitionReport } from "./recognition-report.js";
export { HANDWRITING_STYLE_DESCRIPTIONS } from "./handwriting/digit-styles.js";
export {
  DEFAULT_NON_DIGITS,
  DEFAULT_PER_STYLE,
  evaluateRecognition,
} from "./handwriting/evaluate-recognition.js";
export {
  blankInk,
  enlargeMnist,
  inkBox,
  padInk,
  resizeInk,
  sampleBilinear,
  shearInk,
  type InkImage,
} from "./handwriting/ink-image.js";
export { firstSamples, splitTrainValidation } from "./data/batches.js";
export {
  IMAGE_HEADER_BYTES,
  IMAGE_MAGIC,
  IMAGE_PIXELS,
  IMAGE_SIDE,
  LABEL_HEADER_BYTES,
  LABEL_MAGIC,
  parseIdxImages,
  parseIdxLabels,
} from "./data/idx.js";
export { loadMnist, type DigitSet } from "./data/mnist.js";
export { DigitModelError, ModelLoadError, TrainingCancelledError } from "./errors.js";
export { evaluateModel, type EvaluationResult } from "./evaluation.js";
export {
  DEFAULT_MODEL_DIR,
  METADATA_FORMAT_VERSION,
  deserializeModel,
  loadModelDir,
  readModelArtifacts,
  readModelMetadata,
  saveModelDir,
  type EpochMetrics,
  type ModelArtifacts,
  type ModelMetadata,
  type TrainingConfig,
} from "./model-store.js";
export { readNumber, rereadDoubtful, DEFAULT_SEGMENTATION_PRIORS, type DigitsReader } from "./read-number.js";
export { evaluateRealistic, type RealisticReport } from "./realistic/evaluate-realistic.js";
export {
  DEFAULT_NUMBER_COUNT,
  DEFAULT_NUMBER_SEED,
  NUMBER_SPACINGS,
  generateNumberSet,
  validationNumberOptions,
  type NumberSetOptions,
  type NumberSpacing,
} from "./realistic/number-set.js";
export {
  DEFAULT_REALISTIC_COUNT,
  DEFAULT_REALISTIC_SEED,
  generateRealisticSet,
} from "./realistic/realistic-set.js";
export {
  isHoldoutSample,
  splitFeedback,
  type FeedbackSample,
  type FeedbackSplit,
} from "./feedback/feedback-data.js";
export {
  COMPARISON_SETS,
  compareScores,
  decodeInputImage,
  type ComparisonSet,
  type SetScore,
  type SetScores,
} from "./feedback/compare-models.js";
export { evaluateInThread } from "./worker/evaluate-in-thread.js";
export { Predictor, topK } from "./predictor.js";
export { createRandom, uniform, type Random } from "./random.js";
export { trainInThread, type CheckpointFile, type ThreadTraining } from "./worker/train-in-thread.js";
export { RUN_RECOGNITION_SIZES, calibrateModel, runTrainingJob } from "./training-job.js";
export { DEFAULT_TRAINING_CONFIG, trainModel } from "./training.js";
