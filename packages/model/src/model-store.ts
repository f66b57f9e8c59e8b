import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs";
import type { Architecture } from "./architectures.js";
import type { Calibration } from "./reading.js";
import type { EvaluationResult } from "./evaluation.js";
import type { RecognitionReport } from "./recognition-report.js";
import { ModelLoadError } from "./errors.js";

export const MODEL_FILE = "model.json";
export const WEIGHTS_FILE = "weights.bin";
export const METADATA_FILE = "metadata.json";
export const METADATA_FORMAT_VERSION = 1;

/** The model shipped with the package; everything loads it unless told otherwise. */
export const DEFAULT_MODEL_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../models/default");

export interface TrainingConfig {
  architecture: Architecture;
  epochs: number;
  batchSize: number;
  learningRate: number;
  /** Multiplies the learning rate after every epoch. */
  learningRateDecay: number;
  augment: boolean;
  seed: number;
  /** Use only the first N training samples. */
  trainLimit?: number;
  /** Evaluate on only the first N test samples (tests' runs; absent: all 10,000). */
  testLimit?: number;
  validationFraction: number;
  /**
   * Restyled training digits and non-digit drawings rendered once per run and trained on beside
   * MNIST (see handwriting/training-samples.ts); 0 or absent: plain MNIST only.
   */
  handwritingSamples?: number;
  /** Share of those samples that are non-digits; above 0 the model gets an 11th output, "not a digit". */
  nonDigitShare?: number;
  /** Label smoothing: targets of 1 - s for the class and s / outputs spread over all outputs. */
  labelSmoothing?: number;
}

export interface EpochMetrics {
  epoch: number;
  loss: number;
  accuracy: number;
  valLoss: number;
  valAccuracy: number;
  learningRate: number;
  durationMs: number;
}

export interface ModelMetadata {
  formatVersion: number;
  name: string;
  architecture: Architecture;
  parameterCount: number;
  config: TrainingConfig;
  dataChecksums: Record<string, string>;
  backend: string;
  tfjsVersion: string;
  history: EpochMetrics[];
  test?: EvaluationResult;
  /** For a fine-tuned model: what it started from and what it was tuned on. */
  fineTunedFrom?: FineTuning;
  /** For an average of models fine-tuned from one ancestor: their names. */
  averagedFrom?: string[];
  /** Users' feedback samples trained on besides MNIST (before oversampling; never the holdout). */
  feedbackSamples?: number;
  /** How to read the outputs: temperature and thresholds fitted on held-out data (absent: raw softmax, no reject option). */
  calibration?: Calibration;
  /** Figures of `pnpm evaluate` on the sets beyond MNIST, when it was measured. */
  evaluation?: RecognitionReport;
  durationMs: number;
  createdAt: string;
}

/** What a fine-tuned model started from and how it was tuned; `previous` when the base was itself fine-tuned. */
export interface FineTuning {
  name: string;
  realisticSamples?: number;
  realisticSeed?: number;
  config?: TrainingConfig;
  history: EpochMetrics[];
  previous?: FineTuning;
}

export interface ModelArtifacts {
  modelJson: string;
  weights: Uint8Array;
}

/** Serialises a model to the standard TF.js layers format (model.json + one weights file). */
export async function serializeModel(model: tf.LayersModel): Promise<ModelArtifacts> {
  let artifacts: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      artifacts = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON" } };
    }),
  );
  if (!artifacts?.weightData || !artifacts.weightSpecs)
    throw new ModelLoadError("model produced no weights to save");
  const weights = new Uint8Array(tf.io.CompositeArrayBuffer.join(artifacts.weightData));
  const modelJson = JSON.stringify({
    format: "layers-model",
    generatedBy: `TensorFlow.js tfjs-layers v${tf.version_layers}`,
    convertedBy: null,
    modelTopology: artifacts.modelTopology,
    weightsManifest: [{ paths: [WEIGHTS_FILE], weights: artifacts.weightSpecs }],
  });
  return { modelJson, weights };
}

export async function deserializeModel(artifacts: ModelArtifacts): Promise<tf.LayersModel> {
  let parsed: { modelTopology?: object; weightsManifest?: Array<{ weights: tf.io.WeightsManifestEntry[] }> };
  try {
    parsed = JSON.parse(artifacts.modelJson);
  } catch (error) {
    throw new ModelLoadError(`${MODEL_FILE} is not valid JSON: ${(error as Error).message}`);
  }
  const weightSpecs = parsed.weightsManifest?.flatMap((group) => group.weights);
  if (!parsed.modelTopology || !weightSpecs)
    throw new ModelLoadError(`${MODEL_FILE} has no modelTopology or weightsManifest`);
  const buffer = artifacts.weights.buffer.slice(
    artifacts.weights.byteOffset,
    artifacts.weights.byteOffset + artifacts.weights.byteLength,
  );
  return tf.loadLayersModel(
    tf.io.fromMemory({ modelTopology: parsed.modelTopology, weightSpecs, weightData: buffer as ArrayBuffer }),
  );
}

async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temporary = `${path}.tmp-${process.pid}`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

/** Writes model.json, weights.bin and metadata.json into `dir` (created if needed). */
export async function saveModelDir(
  dir: string,
  model: tf.LayersModel,
  metadata: ModelMetadata,
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const { modelJson, weights } = await serializeModel(model);
  await writeAtomically(join(dir, WEIGHTS_FILE), weights);
  await writeAtomically(join(dir, MODEL_FILE), modelJson);
  await writeAtomically(join(dir, METADATA_FILE), `${JSON.stringify(metadata, null, 2)}\n`);
}

export async function readModelMetadata(dir: string): Promise<ModelMetadata> {
  const path = join(dir, METADATA_FILE);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new ModelLoadError(`no ${METADATA_FILE} in model directory ${dir}`);
  }
  const metadata = JSON.parse(text) as ModelMetadata;
  if (metadata.formatVersion !== METADATA_FORMAT_VERSION) {
    throw new ModelLoadError(
      `${path} has format version ${metadata.formatVersion}, expected ${METADATA_FORMAT_VERSION}`,
    );
  }
  return metadata;
}

export interface LoadedModel {
  model: tf.LayersModel;
  metadata: ModelMetadata;
}

export async function readModelArtifacts(dir: string): Promise<ModelArtifacts> {
  try {
    const [modelJson, weights] = await Promise.all([
      readFile(join(dir, MODEL_FILE), "utf8"),
      readFile(join(dir, WEIGHTS_FILE)),
    ]);
    return { modelJson, weights };
  } catch (error) {
    throw new ModelLoadError(`cannot read model from ${dir}: ${(error as Error).message}`);
  }
}

/** Loads a model directory written by saveModelDir (default: the shipped model). */
export async function loadModelDir(dir: string = DEFAULT_MODEL_DIR): Promise<LoadedModel> {
  const metadata = await readModelMetadata(dir);
  const model = await deserializeModel(await readModelArtifacts(dir));
  return { model, metadata };
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
