import * as tf from "@tensorflow/tfjs";
import { currentBackend } from "./backend.js";
import { loadMnist, type MnistDataset } from "./data/mnist.js";
import { evaluateModel } from "./evaluation.js";
import { METADATA_FORMAT_VERSION, serializeModel, type EpochMetrics, type ModelArtifacts, type ModelMetadata, type TrainingConfig } from "./model-store.js";
import { trainModel, validateTrainingConfig, type BatchProgress } from "./training.js";

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
    onBatchEnd: (batch) => options.onProgress?.((batch.epoch - 1 + batch.batch / batch.batchesPerEpoch) / config.epochs, batch),
    ...(options.onEpochEnd ? { onEpochEnd: options.onEpochEnd } : {}),
  });
  const test = evaluateModel(result.model, data.test);
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
    durationMs: result.durationMs,
    createdAt: createdAt.toISOString(),
  };
  return { model: result.model, artifacts: await serializeModel(result.model), metadata };
}
