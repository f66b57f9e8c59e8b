import * as tf from "@tensorflow/tfjs";
import { CLASS_COUNT, IMAGE_PIXELS, IMAGE_SIDE } from "./data/idx.js";
import type { DigitSet } from "./data/mnist.js";

export interface ClassMetrics {
  digit: number;
  precision: number;
  recall: number;
  support: number;
}

export interface EvaluationResult {
  accuracy: number;
  loss: number;
  count: number;
  perClass: ClassMetrics[];
  /** confusionMatrix[actual][predicted] */
  confusionMatrix: number[][];
}

const EVAL_BATCH = 512;
const EPSILON = 1e-7;

/** Runs the model over images (count*784 values in 0..1) in batches; returns count*10 probabilities. */
export function predictProbabilities(model: tf.LayersModel, images: Float32Array, count: number): Float32Array {
  const out = new Float32Array(count * CLASS_COUNT);
  for (let start = 0; start < count; start += EVAL_BATCH) {
    const size = Math.min(EVAL_BATCH, count - start);
    const probabilities = tf.tidy(() => {
      const x = tf.tensor4d(images.subarray(start * IMAGE_PIXELS, (start + size) * IMAGE_PIXELS), [size, IMAGE_SIDE, IMAGE_SIDE, 1]);
      return model.predictOnBatch(x) as tf.Tensor;
    });
    out.set(probabilities.dataSync() as Float32Array, start * CLASS_COUNT);
    probabilities.dispose();
  }
  return out;
}

/** Accuracy, cross-entropy, per-class precision/recall and the confusion matrix from probabilities. */
export function scorePredictions(probabilities: Float32Array, labels: ArrayLike<number>): EvaluationResult {
  const count = labels.length;
  const confusionMatrix = Array.from({ length: CLASS_COUNT }, () => new Array<number>(CLASS_COUNT).fill(0));
  let correct = 0;
  let lossSum = 0;
  for (let i = 0; i < count; i++) {
    const label = labels[i]!;
    let best = 0;
    for (let k = 1; k < CLASS_COUNT; k++) if (probabilities[i * CLASS_COUNT + k]! > probabilities[i * CLASS_COUNT + best]!) best = k;
    confusionMatrix[label]![best]! += 1;
    if (best === label) correct++;
    lossSum -= Math.log(Math.max(probabilities[i * CLASS_COUNT + label]!, EPSILON));
  }
  const perClass = confusionMatrix.map((row, digit) => {
    const truePositives = row[digit]!;
    const support = row.reduce((a, b) => a + b, 0);
    const predicted = confusionMatrix.reduce((sum, r) => sum + r[digit]!, 0);
    return {
      digit,
      precision: predicted === 0 ? 0 : truePositives / predicted,
      recall: support === 0 ? 0 : truePositives / support,
      support,
    };
  });
  return { accuracy: count === 0 ? 0 : correct / count, loss: count === 0 ? 0 : lossSum / count, count, perClass, confusionMatrix };
}

/** Evaluates a model on a digit set (e.g. the MNIST test set). */
export function evaluateModel(model: tf.LayersModel, set: DigitSet): EvaluationResult {
  const images = new Float32Array(set.count * IMAGE_PIXELS);
  for (let i = 0; i < images.length; i++) images[i] = set.images[i]! / 255;
  return scorePredictions(predictProbabilities(model, images, set.count), set.labels);
}
