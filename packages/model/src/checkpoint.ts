import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { ModelLoadError } from "./errors.js";
import { MODEL_FILE, WEIGHTS_FILE, deserializeModel, readModelArtifacts, serializeModel, type EpochMetrics, type TrainingConfig } from "./model-store.js";

const STATE_FILE = "state.json";
const OPTIMIZER_FILE = "optimizer.bin";

export interface CheckpointState {
  config: TrainingConfig;
  completedEpochs: number;
  history: EpochMetrics[];
  elapsedMs: number;
  optimizerSpecs: tf.io.WeightsManifestEntry[];
}

export interface Checkpoint {
  state: CheckpointState;
  model: tf.LayersModel;
  optimizerWeights: Array<{ name: string; tensor: tf.Tensor }>;
}

/** Saves everything needed to continue training after `completedEpochs`; replaces the previous one atomically. */
export async function writeCheckpoint(
  dir: string,
  model: tf.LayersModel,
  optimizer: tf.Optimizer,
  state: Omit<CheckpointState, "optimizerSpecs">,
): Promise<void> {
  const staging = `${dir}.next`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  const { modelJson, weights } = await serializeModel(model);
  const encoded = await tf.io.encodeWeights(await optimizer.getWeights());
  await writeFile(join(staging, MODEL_FILE), modelJson);
  await writeFile(join(staging, WEIGHTS_FILE), weights);
  await writeFile(join(staging, OPTIMIZER_FILE), new Uint8Array(encoded.data));
  await writeFile(join(staging, STATE_FILE), JSON.stringify({ ...state, optimizerSpecs: encoded.specs }, null, 2));
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
}

export async function readCheckpoint(dir: string): Promise<Checkpoint | undefined> {
  let stateText: string;
  try {
    stateText = await readFile(join(dir, STATE_FILE), "utf8");
  } catch {
    return undefined;
  }
  const state = JSON.parse(stateText) as CheckpointState;
  const model = await deserializeModel(await readModelArtifacts(dir));
  const optimizerBytes = await readFile(join(dir, OPTIMIZER_FILE));
  const buffer = optimizerBytes.buffer.slice(optimizerBytes.byteOffset, optimizerBytes.byteOffset + optimizerBytes.byteLength);
  const decoded = tf.io.decodeWeights(buffer as ArrayBuffer, state.optimizerSpecs);
  const optimizerWeights = state.optimizerSpecs.map((spec) => {
    const tensor = decoded[spec.name];
    if (!tensor) throw new ModelLoadError(`checkpoint ${dir} lacks optimizer weight ${spec.name}`);
    return { name: spec.name, tensor };
  });
  return { state, model, optimizerWeights };
}

export async function removeCheckpoint(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
