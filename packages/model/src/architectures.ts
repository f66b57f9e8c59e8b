import * as tf from "@tensorflow/tfjs";
import { CLASS_COUNT, IMAGE_SIDE } from "./data/idx.js";
import { DigitModelError } from "./errors.js";

export const ARCHITECTURES = ["reference", "default"] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

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
function createReference(seed: Seeds): tf.Sequential {
  return tf.sequential({
    name: "reference",
    layers: [
      tf.layers.conv2d({ inputShape: INPUT_SHAPE, filters: 32, kernelSize: 3, activation: "relu", kernelInitializer: seed.glorot() }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: seed.glorot() }),
      tf.layers.dense({ units: CLASS_COUNT, activation: "softmax", kernelInitializer: seed.glorot() }),
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

function conv(seed: Seeds, filters: number, first = false): tf.layers.Layer {
  return tf.layers.conv2d({
    ...(first ? { inputShape: INPUT_SHAPE } : {}),
    filters,
    kernelSize: 3,
    activation: "relu",
    kernelInitializer: seed.he(),
  });
}

/**
 * Our default: two conv-conv-pool stages and a dense head with dropout. No batch norm: its
 * gradient (Tile/Sum passes) costs more than the convolutions on wasm, and Adam trains this depth fine.
 */
function createDefault(seed: Seeds): tf.Sequential {
  return tf.sequential({
    name: "default",
    layers: [
      conv(seed, 32, true),
      conv(seed, 32),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      conv(seed, 64),
      conv(seed, 64),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dropout({ rate: 0.25 }),
      tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: seed.he() }),
      tf.layers.dropout({ rate: 0.4 }),
      tf.layers.dense({ units: CLASS_COUNT, activation: "softmax", kernelInitializer: seed.glorot() }),
    ],
  });
}

/**
 * Builds a fresh, uncompiled model of the named architecture with weights initialised from `seed`.
 * (Dropout masks still come from tfjs's global random source: a seeded dropout layer would reuse one mask.)
 */
export function createModel(architecture: Architecture, seed = 0): tf.Sequential {
  const seeds = new Seeds(seed);
  switch (architecture) {
    case "reference":
      return createReference(seeds);
    case "default":
      return createDefault(seeds);
  }
}

export function countParameters(model: tf.LayersModel): number {
  return model.countParams();
}
