export {
  ARCHITECTURES,
  ARCHITECTURE_DESCRIPTIONS,
  DEFAULT_ARCHITECTURE,
  assertArchitecture,
  createModel,
  describeArchitectures,
  isArchitecture,
  type Architecture,
  type ArchitectureInfo,
} from "./architectures.js";
export {
  BROWSER_MODEL_JSON,
  BROWSER_WEIGHTS,
  CONTENT_ID,
  browserModelFiles,
  type BrowserModelFiles,
} from "./browser-files.js";
export { BACKEND_NAMES, currentBackend, initBackend, isBackendName, type BackendName } from "./backend.js";
export { fitCalibration, modelReader } from "./calibration.js";
export { TRAINING_RUN_LIMITS } from "./training-run-limits.js";
export {
  applyTemperature,
  formatConfidence,
  refusalOf,
  RECOGNITION_REFUSALS,
  type RecognitionRefusalCode,
  readDigit,
  type Calibration,
  type DigitReading,
  type MarksLayout,
} from "./reading.js";
export type { RecognitionReport } from "./recognition-report.js";
export { HANDWRITING_STYLE_DESCRIPTIONS } from "./handwriting/digit-styles.js";
export { registerWasmTrainingKernels } from "./kernels/register-wasm-kernels.js";
export { createAugmenter, AUGMENTATION } from "./data/augment.js";
export { epochBatches, makeBatch, splitTrainValidation, type Batch } from "./data/batches.js";
export {
  CLASS_COUNT,
  IMAGE_MAGIC,
  IMAGE_PIXELS,
  IMAGE_SIDE,
  LABEL_MAGIC,
  parseIdxImages,
  parseIdxLabels,
} from "./data/idx.js";
export { DEFAULT_MNIST_DIR, MNIST_FILES, loadMnist, type DigitSet, type MnistDataset } from "./data/mnist.js";
export {
  BackendError,
  DatasetError,
  DigitModelError,
  InvalidInputError,
  ModelLoadError,
  TrainingCancelledError,
} from "./errors.js";
export {
  evaluateModel,
  predictProbabilities,
  scorePredictions,
  type ClassMetrics,
  type EvaluationResult,
} from "./evaluation.js";
export {
  DEFAULT_MODEL_DIR,
  METADATA_FORMAT_VERSION,
  deserializeModel,
  loadModelDir,
  readModelArtifacts,
  readModelMetadata,
  saveModelDir,
  serializeModel,
  type EpochMetrics,
  type LoadedModel,
  type ModelArtifacts,
  type ModelMetadata,
  type TrainingConfig,
} from "./model-store.js";
export {
  DEFAULT_SEGMENTATION_PRIORS,
  readNumber,
  type DigitPlace,
  type DigitsReader,
  type NumberCandidates,
  type NumberDigit,
  type NumberReading,
  type SegmentationPriors,
} from "./read-number.js";
export {
  FEEDBACK_HOLDOUT_SHARE,
  feedbackRepeats,
  isHoldoutSample,
  oversampleFeedback,
  splitFeedback,
  withFeedback,
  type FeedbackSample,
  type FeedbackSplit,
} from "./feedback/feedback-data.js";
export {
  COMPARISON_SETS,
  COMPARISON_TOLERANCE_SAMPLES,
  compareScores,
  decodeInputImage,
  scoreModelOnSets,
  type ComparisonSet,
  type ComparisonVerdict,
  type SetScore,
  type SetScores,
} from "./feedback/compare-models.js";
export { evaluateInThread, type ThreadEvaluationOptions } from "./worker/evaluate-in-thread.js";
export { Predictor, topK, type PredictorOptions, type PredictorStats } from "./predictor.js";
export { createRandom, type Random } from "./random.js";
export {
  trainInThread,
  type CheckpointFile,
  type ThreadTraining,
  type ThreadTrainingOptions,
} from "./worker/train-in-thread.js";
export {
  defaultModelName,
  runTrainingJob,
  type TrainingJobOptions,
  type TrainingJobResult,
} from "./training-job.js";
export {
  DEFAULT_TRAINING_CONFIG,
  trainModel,
  validateTrainingConfig,
  type BatchProgress,
  type TrainOptions,
  type TrainResult,
} from "./training.js";
