import * as tf from "@tensorflow/tfjs";
import { currentBackend } from "./backend.js";
import { loadMnist, type MnistDataset } from "./data/mnist.js";
import { evaluateModel } from "./evaluation.js";
import { METADATA_FORMAT_VERSION, serializeModel, type EpochMetrics, type ModelArtifacts, type ModelMetadata, type TrainingConfig } from "./model-store.js";
import { fitCalibration, modelReader } from "./calibration.js";
import type { Calibration } from "./reading.js";
import { evaluateRecognition } from "./handwriting/evaluate-recognition.js";
import { evaluateRealistic } from "./realistic/evaluate-realistic.js";
import { combineRecognition, type RecognitionReport } from "./recognition-report.js";
import { concatSets, firstSamples, splitTrainValidation } from "./data/batches.js";
import { CLASS_COUNT, IMAGE_PIXELS } from "./data/idx.js";
import type { DigitSet } from "./data/mnist.js";
import { predictProbabilities } from "./evaluation.js";
import { outputClasses, renderHandwritingSamples, trainModel, validateTrainingConfig, type BatchProgress } from "./training.js";

export interface TrainingJobOptions {
  config: TrainingConfig;
  /** Preloaded data, or the MNIST directory to load (default: data/mnist). */
  data?: MnistDataset;
  mnistDir?: string;
  /** Model name recorded in the metadata (default: architecture, date and seed). */
  name?: string;
  signal?: AbortSignal;
  /** Overall progress 0..1 across all epochs, after every batch. */
  onProgress?: (progress: number, batch: BatchProgress) => void;
  onEpochEnd?: (metrics: EpochMetrics) => void | Promise<void>;
  checkpointDir?: string;
  resume?: boolean;
  /** Fine-tune this model instead of starting from fresh weights. */
  initialModel?: tf.LayersModel;
  /** Recorded as metadata.fineTunedFrom when fine-tuning. */
  initialModelName?: string;
  /** Users' samples to train on besides MNIST (the training part of splitFeedback). */
  feedback?: DigitSet;
  /** Called before the handwriting samples are rendered (a minute or two before the first batch), with their number. */
  onRenderingSamples?: (count: number) => void;
  /** Called once training ends and calibration on held-out samples begins. */
  onCalibrating?: () => void;
  /**
   * Also measure the trained model beyond MNIST (cross-style, non-digits, realistic; see `pnpm
   * evaluate`) with these set sizes, recorded as metadata.evaluation.
   */
  recognition?: RecognitionSizes;
  onEvaluatingRecognition?: () => void;
}

export interface RecognitionSizes {
  perStyle: number;
  nonDigits: number;
  realistic: number;
}

/** Sets measured after every run (a few seconds; `pnpm evaluate` measures the full sets). */
export const RUN_RECOGNITION_SIZES: RecognitionSizes = { perStyle: 40, nonDigits: 150, realistic: 200 };

/** Measures a model on every set beyond MNIST, as `pnpm evaluate` does (smaller sets for runs). */
export async function evaluateBeyondMnist(
  model: tf.LayersModel,
  calibration: Calibration | undefined,
  test: DigitSet,
  sizes: RecognitionSizes,
  mnistDir?: string,
): Promise<RecognitionReport> {
  const read = modelReader(model, calibration);
  const realistic = await evaluateRealistic({ read, count: sizes.realistic, nonDigitCount: 0, ...(mnistDir ? { mnistDir } : {}) });
  const crossStyle = await evaluateRecognition({ read, test, perStyle: sizes.perStyle, nonDigits: sizes.nonDigits });
  return combineRecognition(crossStyle, realistic);
}

/** Held-out samples the calibration is fitted on: never trained on, never evaluated on. */
const CALIBRATION_SAMPLES = 8000;

/**
 * Fits temperature and thresholds on the validation digits (never trained on) plus handwriting
 * samples rendered from them, non-digits included.
 */
export async function calibrateModel(model: tf.LayersModel, config: TrainingConfig, train: DigitSet): Promise<Calibration> {
  const { validation } = splitTrainValidation(train, {
    seed: config.seed,
    validationFraction: config.validationFraction,
    ...(config.trainLimit !== undefined ? { limit: config.trainLimit } : {}),
  });
  // Half in training's wide style ranges, half in the narrower ones of evaluation: the thresholds
  // should hold for handwriting both harder and easier than what they are tested on.
  const half = Math.min(CALIBRATION_SAMPLES, 2 * validation.count) / 2;
  const share = config.nonDigitShare ?? 0;
  const wide = await renderHandwritingSamples(validation, Math.ceil(half), share, config.seed + 7919);
  const narrow = await renderHandwritingSamples(validation, Math.floor(half), share, config.seed + 7920, "evaluation");
  const rendered = concatSets(wide, narrow);
  const set = concatSets(validation, rendered);
  const images = new Float32Array(set.count * IMAGE_PIXELS);
  for (let i = 0; i < images.length; i++) images[i] = set.images[i]! / 255;
  return fitCalibration(predictProbabilities(model, images, set.count), set.labels, {
    // Refusing a real digit is the worst outcome: the threshold lets through 1 in 2,000 at most.
    maxDigitsRefused: 0.0005,
    // The 3% of real digits the product may flag, on held-out handwriting harder than most (training style ranges included).
    maxDigitsFlagged: 0.03,
    fittedOn: `${validation.count} validation digits and ${rendered.count} handwriting samples rendered from them (seeds ${config.seed + 7919} and ${config.seed + 7920})`,
  });
}

export interface TrainingJobResult {
  model: tf.LayersModel;
  artifacts: ModelArtifacts;
  metadata: ModelMetadata;
}

export function defaultModelName(config: TrainingConfig, at: Date): string {
  return `${config.architecture}-${at.toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}-s${config.seed}`;
}

/** Everything a training run does: load data, train, evaluate on the test set, serialise with metadata. */
export async function runTrainingJob(options: TrainingJobOptions): Promise<TrainingJobResult> {
  const config = validateTrainingConfig(options.config);
  const data = options.data ?? (await loadMnist(options.mnistDir));
  const result = await trainModel({
    config,
    train: data.train,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.checkpointDir ? { checkpointDir: options.checkpointDir, resume: options.resume ?? false } : {}),
    ...(options.initialModel ? { initialModel: options.initialModel } : {}),
    ...(options.feedback ? { feedback: options.feedback } : {}),
    ...(options.onRenderingSamples ? { onRenderingSamples: options.onRenderingSamples } : {}),
    onBatchEnd: (batch) => options.onProgress?.((batch.epoch - 1 + batch.batch / batch.batchesPerEpoch) / config.epochs, batch),
    ...(options.onEpochEnd ? { onEpochEnd: options.onEpochEnd } : {}),
  });
  let calibration: Calibration | undefined;
  if (outputClasses(config) > CLASS_COUNT) {
    options.onCalibrating?.();
    calibration = await calibrateModel(result.model, config, data.train);
  }
  const testSet = config.testLimit !== undefined ? firstSamples(data.test, config.testLimit) : data.test;
  const test = evaluateModel(result.model, testSet, calibration);
  let evaluation: RecognitionReport | undefined;
  if (options.recognition) {
    options.onEvaluatingRecognition?.();
    evaluation = await evaluateBeyondMnist(result.model, calibration, testSet, options.recognition, options.mnistDir);
  }
  const createdAt = new Date();
  const metadata: ModelMetadata = {
    formatVersion: METADATA_FORMAT_VERSION,
    name: options.name ?? defaultModelName(config, createdAt),
    architecture: config.architecture,
    parameterCount: result.model.countParams(),
    config,
    dataChecksums: data.checksums,
    backend: currentBackend(),
    tfjsVersion: tf.version.tfjs,
    history: result.history,
    test,
    ...(calibration ? { calibration } : {}),
    ...(evaluation ? { evaluation } : {}),
    ...(options.initialModelName ? { fineTunedFrom: { name: options.initialModelName, config, history: result.history } } : {}),
    ...(options.feedback ? { feedbackSamples: options.feedback.count } : {}),
    durationMs: result.durationMs,
    createdAt: createdAt.toISOString(),
  };
  return { model: result.model, artifacts: await serializeModel(result.model), metadata };
}
