import * as tf from "@tensorflow/tfjs";
import { availableParallelism } from "node:os";
import { DEFAULT_ARCHITECTURE, createModel, withOutputs } from "./architectures.js";
import { readCheckpoint, writeCheckpoint } from "./checkpoint.js";
import { concatSets, epochBatches, splitTrainValidation } from "./data/batches.js";
import { CLASS_COUNT, IMAGE_SIDE } from "./data/idx.js";
import type { DigitSet } from "./data/mnist.js";
import { DigitModelError, TrainingCancelledError } from "./errors.js";
import { evaluateModel } from "./evaluation.js";
import type { EpochMetrics, TrainingConfig } from "./model-store.js";
import type { StyleSettings } from "./handwriting/digit-styles.js";
import { createHandwritingSampler } from "./handwriting/sample-pool.js";
import { createRandom } from "./random.js";
import { TRAINING_RUN_LIMITS } from "./training-run-limits.js";
import { withFeedback } from "./feedback/feedback-data.js";

export const DEFAULT_TRAINING_CONFIG: TrainingConfig = {
  architecture: DEFAULT_ARCHITECTURE,
  epochs: 26,
  batchSize: 128,
  learningRate: 1e-3,
  learningRateDecay: 0.88,
  augment: true,
  seed: 42,
  validationFraction: 1 / 12,
  handwritingSamples: 80_000,
  nonDigitShare: 0.35,
  labelSmoothing: 0.05,
};

/** 11 outputs ("not a digit" last) when the run trains on non-digits, else the ten digits. */
export function outputClasses(config: TrainingConfig): number {
  return (config.handwritingSamples ?? 0) > 0 && (config.nonDigitShare ?? 0) > 0 ? CLASS_COUNT + 1 : CLASS_COUNT;
}

/** Renders `count` handwriting samples from `digits` on one thread per core; `signal` stops the threads at once. */
export async function renderHandwritingSamples(
  digits: DigitSet,
  count: number,
  nonDigitShare: number,
  seed: number,
  settings: StyleSettings = "training",
  signal?: AbortSignal,
): Promise<DigitSet> {
  if (signal?.aborted) throw new TrainingCancelledError();
  const sampler = createHandwritingSampler(digits, availableParallelism());
  const cancelled = new Promise<never>((_, reject) => {
    signal?.addEventListener("abort", () => reject(new TrainingCancelledError()), { once: true });
  });
  try {
    return await Promise.race([sampler.generate(count, nonDigitShare, seed, settings), cancelled]);
  } finally {
    await sampler.close();
  }
}

export interface BatchProgress {
  epoch: number;
  batch: number;
  batchesPerEpoch: number;
  loss: number;
  accuracy: number;
}

export interface TrainOptions {
  config: TrainingConfig;
  /** The full training set; config.trainLimit and validationFraction select from it. */
  train: DigitSet;
  signal?: AbortSignal;
  onBatchEnd?: (progress: BatchProgress) => void;
  onEpochEnd?: (metrics: EpochMetrics) => void | Promise<void>;
  /** Start from these weights instead of a fresh model (fine-tuning). */
  initialModel?: tf.LayersModel;
  /** Called before the handwriting samples are rendered, with their number. */
  onRenderingSamples?: (count: number) => void;
  /** Written after every epoch; with `resume`, training continues from it. */
  checkpointDir?: string;
  resume?: boolean;
  /** Users' labelled samples to train on besides MNIST (never their holdout), oversampled by feedbackRepeats. */
  feedback?: DigitSet;
}

export interface TrainResult {
  model: tf.LayersModel;
  history: EpochMetrics[];
  durationMs: number;
  /** The epoch training resumed after (0 for a fresh run). */
  resumedFromEpoch: number;
}

export function validateTrainingConfig(config: TrainingConfig): TrainingConfig {
  const problems: string[] = [];
  if (!Number.isInteger(config.epochs) || config.epochs < 1 || config.epochs > 200) problems.push(`epochs ${config.epochs} (1..200)`);
  if (!Number.isInteger(config.batchSize) || config.batchSize < 1 || config.batchSize > 4096) problems.push(`batchSize ${config.batchSize} (1..4096)`);
  if (!(config.learningRate > 0 && config.learningRate <= 1)) problems.push(`learningRate ${config.learningRate} (0..1]`);
  if (!(config.learningRateDecay > 0 && config.learningRateDecay <= 1)) problems.push(`learningRateDecay ${config.learningRateDecay} (0..1]`);
  if (!Number.isInteger(config.seed)) problems.push(`seed ${config.seed} (an integer)`);
  if (config.trainLimit !== undefined && (!Number.isInteger(config.trainLimit) || config.trainLimit < 20)) problems.push(`trainLimit ${config.trainLimit} (at least 20)`);
  const testLimit = TRAINING_RUN_LIMITS.testLimit;
  if (config.testLimit !== undefined && (!Number.isInteger(config.testLimit) || config.testLimit < testLimit.min || config.testLimit > testLimit.max)) {
    problems.push(`testLimit ${config.testLimit} (${testLimit.min}..${testLimit.max})`);
  }
  if (!(config.validationFraction > 0 && config.validationFraction < 0.5)) problems.push(`validationFraction ${config.validationFraction} (0..0.5)`);
  if (config.handwritingSamples !== undefined && (!Number.isInteger(config.handwritingSamples) || config.handwritingSamples < 0 || config.handwritingSamples > 1_000_000)) {
    problems.push(`handwritingSamples ${config.handwritingSamples} (0..1000000)`);
  }
  if (config.nonDigitShare !== undefined && !(config.nonDigitShare >= 0 && config.nonDigitShare < 1)) problems.push(`nonDigitShare ${config.nonDigitShare} [0..1)`);
  if (config.labelSmoothing !== undefined && !(config.labelSmoothing >= 0 && config.labelSmoothing < 0.5)) problems.push(`labelSmoothing ${config.labelSmoothing} [0..0.5)`);
  if (problems.length) throw new DigitModelError("INVALID_TRAINING_CONFIG", `invalid training config: ${problems.join(", ")}`);
  return config;
}

function compile(model: tf.LayersModel, learningRate: number): tf.AdamOptimizer {
  const optimizer = tf.train.adam(learningRate);
  model.compile({ optimizer, loss: "categoricalCrossentropy", metrics: ["accuracy"] });
  return optimizer;
}

function setLearningRate(optimizer: tf.AdamOptimizer, learningRate: number): void {
  // tfjs reads this field on every step; it has no public setter.
  (optimizer as unknown as { learningRate: number }).learningRate = learningRate;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Trains with per-epoch validation, checkpoints and cancellation (checked after every batch). */
export async function trainModel(options: TrainOptions): Promise<TrainResult> {
  const config = validateTrainingConfig(options.config);
  const { train, validation } = splitTrainValidation(options.train, {
    seed: config.seed,
    validationFraction: config.validationFraction,
    ...(config.trainLimit !== undefined ? { limit: config.trainLimit } : {}),
  });
  const checkpoint = options.resume && options.checkpointDir ? await readCheckpoint(options.checkpointDir) : undefined;
  if (checkpoint && checkpoint.state.config.architecture !== config.architecture) {
    throw new DigitModelError(
      "CHECKPOINT_MISMATCH",
      `checkpoint in ${options.checkpointDir} is for architecture "${checkpoint.state.config.architecture}", not "${config.architecture}"`,
    );
  }
  tf.util.assert(train.count > 0, () => "no training samples");
  const classes = outputClasses(config);
  const model =
    checkpoint?.model ?? (options.initialModel ? withOutputs(options.initialModel, config.architecture, classes) : createModel(config.architecture, config.seed, classes));
  let trainingSet = train;
  if (config.handwritingSamples) {
    // Rendered from the training split only: validation digits never appear restyled in training.
    // At most about one sample per training digit, so a run on a small limit stays small.
    const count = Math.min(config.handwritingSamples, Math.round(1.1 * train.count));
    options.onRenderingSamples?.(count);
    trainingSet = concatSets(train, await renderHandwritingSamples(train, count, config.nonDigitShare ?? 0, config.seed, "training", options.signal));
  }
  // After the split, so no copy of a feedback sample lands in validation.
  trainingSet = withFeedback(trainingSet, options.feedback);
  const targets = { classes, smoothing: config.labelSmoothing ?? 0 };
  const optimizer = compile(model, config.learningRate);
  const history: EpochMetrics[] = checkpoint ? [...checkpoint.state.history] : [];
  const startEpoch = checkpoint?.state.completedEpochs ?? 0;
  let elapsedBefore = checkpoint?.state.elapsedMs ?? 0;
  if (checkpoint) await optimizer.setWeights(checkpoint.optimizerWeights);
  const started = performance.now();
  const batchesPerEpoch = Math.ceil(trainingSet.count / config.batchSize);
  for (let epoch = startEpoch + 1; epoch <= config.epochs; epoch++) {
    const epochStart = performance.now();
    const learningRate = config.learningRate * config.learningRateDecay ** (epoch - 1);
    setLearningRate(optimizer, learningRate);
    // A stream per epoch, so a resumed run sees exactly the batches an uninterrupted one would.
    const random = createRandom(config.seed * 1009 + epoch);
    let lossSum = 0;
    let correctSum = 0;
    let seen = 0;
    let batchIndex = 0;
    for (const batch of epochBatches(trainingSet, config.batchSize, random, config.augment, targets)) {
      if (options.signal?.aborted) throw new TrainingCancelledError();
      const xs = tf.tensor4d(batch.images, [batch.size, IMAGE_SIDE, IMAGE_SIDE, 1]);
      const ys = tf.tensor2d(batch.labels, [batch.size, classes]);
      const [loss, accuracy] = (await model.trainOnBatch(xs, ys)) as number[];
      xs.dispose();
      ys.dispose();
      lossSum += loss! * batch.size;
      correctSum += accuracy! * batch.size;
      seen += batch.size;
      batchIndex++;
      options.onBatchEnd?.({ epoch, batch: batchIndex, batchesPerEpoch, loss: lossSum / seen, accuracy: correctSum / seen });
      await yieldToEventLoop();
    }
    if (options.signal?.aborted) throw new TrainingCancelledError();
    const validationResult = evaluateModel(model, validation);
    const metrics: EpochMetrics = {
      epoch,
      loss: lossSum / seen,
      accuracy: correctSum / seen,
      valLoss: validationResult.loss,
      valAccuracy: validationResult.accuracy,
      learningRate,
      durationMs: Math.round(performance.now() - epochStart),
    };
    history.push(metrics);
    if (options.checkpointDir) {
      await writeCheckpoint(options.checkpointDir, model, optimizer, {
        config,
        completedEpochs: epoch,
        history,
        elapsedMs: elapsedBefore + (performance.now() - started),
      });
    }
    await options.onEpochEnd?.(metrics);
  }
  elapsedBefore += performance.now() - started;
  return { model, history, durationMs: Math.round(elapsedBefore), resumedFromEpoch: startEpoch };
}

