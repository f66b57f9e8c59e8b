import * as tf from "@tensorflow/tfjs";
import { CLASS_COUNT, IMAGE_PIXELS, IMAGE_SIDE } from "./data/idx.js";
import type { DigitSet } from "./data/mnist.js";
import { readingsAsOutputs } from "./calibration.js";
import type { Calibration } from "./reading.js";
import { argmax } from "./reading.js";

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
  /** confusionMatrix[actual][predicted] over the ten digits. */
  confusionMatrix: number[][];
  /** Digits the model called "not a digit" (counted wrong), per actual digit; absent for 10-output models. */
  rejected?: number[];
}

const EVAL_BATCH = 512;
const EPSILON = 1e-7;

/** How many probabilities the model outputs per image: 10, or 11 with the "not a digit" class. */
export function outputCount(model: tf.LayersModel): number {
  return model.outputs[0]!.shape[1] ?? CLASS_COUNT;
}

/** Runs the model over images (count*784 values in 0..1) in batches; returns count*outputs probabilities. */
export function predictProbabilities(model: tf.LayersModel, images: Float32Array, count: number): Float32Array {
  const outputs = outputCount(model);
  const out = new Float32Array(count * outputs);
  for (let start = 0; start < count; start += EVAL_BATCH) {
    const size = Math.min(EVAL_BATCH, count - start);
    const probabilities = tf.tidy(() => {
      const x = tf.tensor4d(images.subarray(start * IMAGE_PIXELS, (start + size) * IMAGE_PIXELS), [size, IMAGE_SIDE, IMAGE_SIDE, 1]);
      return model.predictOnBatch(x) as tf.Tensor;
    });
    out.set(probabilities.dataSync() as Float32Array, start * outputs);
    probabilities.dispose();
  }
  return out;
}

/**
 * Accuracy, cross-entropy, per-class precision/recall and the confusion matrix from probabilities
 * of digit images (count*outputs values; an 11th output, "not a digit", counts as a wrong answer).
 */
export function scorePredictions(probabilities: Float32Array, labels: ArrayLike<number>): EvaluationResult {
  const count = labels.length;
  const outputs = count === 0 ? CLASS_COUNT : probabilities.length / count;
  const confusionMatrix = Array.from({ length: CLASS_COUNT }, () => new Array<number>(CLASS_COUNT).fill(0));
  const rejected = new Array<number>(CLASS_COUNT).fill(0);
  let correct = 0;
  let lossSum = 0;
  for (let i = 0; i < count; i++) {
    const label = labels[i]!;
    const best = argmax(probabilities, i * outputs, outputs);
    if (best >= CLASS_COUNT) rejected[label]! += 1;
    else confusionMatrix[label]![best]! += 1;
    if (best === label) correct++;
    lossSum -= Math.log(Math.max(probabilities[i * outputs + label]!, EPSILON));
  }
  const perClass = confusionMatrix.map((row, digit) => {
    const truePositives = row[digit]!;
    const support = row.reduce((a, b) => a + b, 0) + rejected[digit]!;
    const predicted = confusionMatrix.reduce((sum, r) => sum + r[digit]!, 0);
    return {
      digit,
      precision: predicted === 0 ? 0 : truePositives / predicted,
      recall: support === 0 ? 0 : truePositives / support,
      support,
    };
  });
  return {
    accuracy: count === 0 ? 0 : correct / count,
    loss: count === 0 ? 0 : lossSum / count,
    count,
    perClass,
    confusionMatrix,
    ...(outputs > CLASS_COUNT ? { rejected } : {}),
  };
}

/**
 * Evaluates a model on a digit set (e.g. the MNIST test set). With the model's calibration the
 * answers are its readings (a refusal counts as wrong, an uncertain right digit as right);
 * without, the largest output.
 */
export function evaluateModel(model: tf.LayersModel, set: DigitSet, calibration?: Calibration): EvaluationResult {
  const images = new Float32Array(set.count * IMAGE_PIXELS);
  for (let i = 0; i < images.length; i++) images[i] = set.images[i]! / 255;
  const probabilities = predictProbabilities(model, images, set.count);
  return scorePredictions(calibration ? readingsAsOutputs(probabilities, set.count, calibration) : probabilities, set.labels);
}
