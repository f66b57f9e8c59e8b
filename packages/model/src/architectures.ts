import * as tf from "@tensorflow/tfjs";
import { CLASS_COUNT, IMAGE_SIDE } from "./data/idx.js";
import { ensureBackend } from "./backend.js";
import { DigitModelError } from "./errors.js";

export const ARCHITECTURES = ["compact", "wide", "reference"] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/** What new training runs use unless told otherwise, and what the shipped model is. */
export const DEFAULT_ARCHITECTURE: Architecture = "compact";

/** One line each, for CLI help, the API and the training form. */
export const ARCHITECTURE_DESCRIPTIONS: Record<Architecture, string> = {
  compact: "conv 5x5x24, conv 3x3x48, dense 256 with dropout: 1.7M multiply-adds per image",
  wide: "two conv-conv-pool stages of 32 and 64 filters, dense 128 with dropout: 9.8M multiply-adds per image",
  reference: "the Keras model we started from: one conv 3x3x32, dense 128: 0.9M multiply-adds per image",
};

export function isArchitecture(value: string): value is Architecture {
  return (ARCHITECTURES as readonly string[]).includes(value);
}

export function assertArchitecture(value: string): Architecture {
  if (!isArchitecture(value)) {
    throw new DigitModelError("INVALID_ARCHITECTURE", `unknown architecture "${value}"; expected one of ${ARCHITECTURES.join(", ")}`);
  }
  return value;
}

const INPUT_SHAPE = [IMAGE_SIDE, IMAGE_SIDE, 1];

/** The Keras model we started from: Conv32 3x3 -> MaxPool -> Flatten -> Dense128 -> Dense10. */
function createReference(seed: Seeds, classes: number): tf.Sequential {
  return tf.sequential({
    name: "reference",
    layers: [
      tf.layers.conv2d({ inputShape: INPUT_SHAPE, filters: 32, kernelSize: 3, activation: "relu", kernelInitializer: seed.glorot() }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: seed.glorot() }),
      tf.layers.dense({ units: classes, activation: "softmax", kernelInitializer: seed.glorot() }),
    ],
  });
}

/** Seeded initializers, one fresh seed per layer, so a training seed fixes the initial weights. */
class Seeds {
  private next: number;
  constructor(seed: number) {
    this.next = seed * 7919;
  }
  glorot() {
    return tf.initializers.glorotUniform({ seed: this.next++ });
  }
  he() {
    return tf.initializers.heNormal({ seed: this.next++ });
  }
}

function conv(seed: Seeds, filters: number, { kernelSize = 3, first = false } = {}): tf.layers.Layer {
  return tf.layers.conv2d({
    ...(first ? { inputShape: INPUT_SHAPE } : {}),
    filters,
    kernelSize,
    activation: "relu",
    kernelInitializer: seed.he(),
  });
}

/** Flatten, then one hidden dense layer between dropouts, then the softmax over the digits. */
function dropoutHead(seed: Seeds, units: number, classes: number): tf.layers.Layer[] {
  return [
    tf.layers.flatten(),
    tf.layers.dropout({ rate: 0.25 }),
    tf.layers.dense({ units, activation: "relu", kernelInitializer: seed.he() }),
    tf.layers.dropout({ rate: 0.4 }),
    tf.layers.dense({ units: classes, activation: "softmax", kernelInitializer: seed.glorot() }),
  ];
}

/**
 * Two conv-conv-pool stages and a dense head with dropout. No batch norm: its gradient (Tile/Sum
 * passes) costs more than the convolutions on wasm, and Adam trains this depth fine.
 */
function createWide(seed: Seeds, classes: number): tf.Sequential {
  return tf.sequential({
    name: "wide",
    layers: [
      conv(seed, 32, { first: true }),
      conv(seed, 32),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      conv(seed, 64),
      conv(seed, 64),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      ...dropoutHead(seed, 128, classes),
    ],
  });
}

/**
 * Our default: a 5x5 first layer sees whole stroke segments, so one conv per stage suffices. About
 * a sixth of the wide model's multiply-adds, for over 4x its batched inference speed on wasm.
 */
function createCompact(seed: Seeds, classes: number): tf.Sequential {
  return tf.sequential({
    name: "compact",
    layers: [
      conv(seed, 24, { kernelSize: 5, first: true }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      conv(seed, 48),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      ...dropoutHead(seed, 256, classes),
    ],
  });
}

/**
 * Builds a fresh, uncompiled model of the named architecture with weights initialised from `seed`.
 * (Dropout masks still come from tfjs's global random source: a seeded dropout layer would reuse one mask.)
 */
export function createModel(architecture: Architecture, seed = 0, classes = CLASS_COUNT): tf.Sequential {
  const seeds = new Seeds(seed);
  switch (architecture) {
    case "reference":
      return createReference(seeds, classes);
    case "wide":
      return createWide(seeds, classes);
    case "compact":
      return createCompact(seeds, classes);
  }
}

/**
 * A copy of a trained model with `classes` outputs: every layer's weights carried over, and for a
 * new "not a digit" output a column of zero weights and a bias below the digits', so the copy
 * starts out answering exactly as the original did.
 */
export function withOutputs(model: tf.LayersModel, architecture: Architecture, classes: number): tf.LayersModel {
  const trained = model.outputs[0]!.shape[1];
  if (trained === classes) return model;
  if (trained !== CLASS_COUNT || classes !== CLASS_COUNT + 1) {
    throw new DigitModelError("INVALID_ARCHITECTURE", `cannot turn a model with ${trained} outputs into one with ${classes}`);
  }
  const widened = createModel(architecture, 0, classes);
  const source = model.getWeights();
  const target = widened.weights;
  if (source.length !== target.length) throw new DigitModelError("INVALID_ARCHITECTURE", `the model is not a "${architecture}" model`);
  const weights = source.map((tensor, i) => {
    if (i < source.length - 2) return tensor.clone();
    return tf.tidy(() => {
      if (i === source.length - 2) return tf.concat([tensor, tf.zeros([tensor.shape[0]!, 1])], 1);
      return tf.concat([tensor, tf.fill([1], tensor.min().sub(2).dataSync()[0]!)], 0);
    });
  });
  widened.setWeights(weights);
  for (const tensor of weights) tensor.dispose();
  return widened;
}

export interface ArchitectureInfo {
  name: Architecture;
  description: string;
  parameterCount: number;
  isDefault: boolean;
}

let described: Promise<readonly ArchitectureInfo[]> | undefined;

/**
 * Every architecture with its description and parameter count as runs train it (with the "not a
 * digit" output), built once per process: each call would cost ~30 ms. Building needs a backend,
 * and a thread that never reads images (the API's event loop) gets the light pure-JS one for it.
 */
export async function describeArchitectures(): Promise<ArchitectureInfo[]> {
  described ??= ensureBackend().then(() =>
    ARCHITECTURES.map((name) => {
      const model = createModel(name, 0, CLASS_COUNT + 1);
      const parameterCount = model.countParams();
      model.dispose();
      return Object.freeze({ name, description: ARCHITECTURE_DESCRIPTIONS[name], parameterCount, isDefault: name === DEFAULT_ARCHITECTURE });
    }),
  );
  return [...(await described)];
}
