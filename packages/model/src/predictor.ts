import * as tf from "@tensorflow/tfjs";
import { IMAGE_PIXELS, IMAGE_SIDE } from "./data/idx.js";
import { InvalidInputError } from "./errors.js";

export interface PredictorOptions {
  /** Most inputs run in one forward pass. */
  maxBatchSize?: number;
  /** How long the first queued input waits for company before its batch runs (0: next event-loop turn). */
  maxWaitMs?: number;
}

export interface PredictorStats {
  batches: number;
  predictions: number;
  /** Size of every batch run so far, for metrics. */
  lastBatchSize: number;
}

interface Pending {
  input: Float32Array;
  resolve: (probabilities: Float32Array) => void;
  reject: (error: Error) => void;
}

/**
 * Turns concurrent single-image calls into few large forward passes: calls queue until the batch
 * is full or the oldest has waited `maxWaitMs`, then one forward pass answers all of them.
 */
export class Predictor {
  readonly maxBatchSize: number;
  readonly maxWaitMs: number;
  private queue: Pending[] = [];
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private running = false;
  private disposed = false;
  private readonly batchListeners = new Set<(size: number, durationMs: number) => void>();
  readonly stats: PredictorStats = { batches: 0, predictions: 0, lastBatchSize: 0 };

  constructor(
    private readonly model: tf.LayersModel,
    options: PredictorOptions = {},
  ) {
    this.maxBatchSize = options.maxBatchSize ?? 64;
    this.maxWaitMs = options.maxWaitMs ?? 2;
    if (!Number.isInteger(this.maxBatchSize) || this.maxBatchSize < 1) {
      throw new InvalidInputError(`maxBatchSize must be a positive integer, got ${this.maxBatchSize}`);
    }
    if (!(this.maxWaitMs >= 0)) throw new InvalidInputError(`maxWaitMs must be >= 0, got ${this.maxWaitMs}`);
  }

  /** Called after every forward pass with its batch size and duration. */
  onBatch(listener: (size: number, durationMs: number) => void): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  /** Probabilities for one 28x28 input (784 values in 0..1, white ink on black): 10, or 11 with "not a digit" last. */
  predict(input: Float32Array): Promise<Float32Array> {
    if (this.disposed) return Promise.reject(new InvalidInputError("predictor has been disposed"));
    if (input.length !== IMAGE_PIXELS) {
      return Promise.reject(new InvalidInputError(`input has ${input.length} values, expected ${IMAGE_PIXELS} (28x28)`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.timer) return;
    if (this.queue.length >= this.maxBatchSize) {
      this.timer = setImmediate(() => this.flush());
    } else if (this.maxWaitMs === 0) {
      this.timer = setImmediate(() => this.flush());
    } else {
      this.timer = setTimeout(() => this.flush(), this.maxWaitMs);
    }
  }

  private flush(): void {
    this.timer = undefined;
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.maxBatchSize);
    this.running = true;
    const started = performance.now();
    try {
      const images = new Float32Array(batch.length * IMAGE_PIXELS);
      batch.forEach((p, i) => images.set(p.input, i * IMAGE_PIXELS));
      // predictOnBatch: `predict` would cut the batch into chunks of 32, a quarter slower at 256.
      const output = tf.tidy(() => this.model.predictOnBatch(tf.tensor4d(images, [batch.length, IMAGE_SIDE, IMAGE_SIDE, 1])) as tf.Tensor);
      const probabilities = output.dataSync() as Float32Array;
      output.dispose();
      const outputs = probabilities.length / batch.length;
      batch.forEach((p, i) => p.resolve(probabilities.slice(i * outputs, (i + 1) * outputs)));
    } catch (error) {
      for (const p of batch) p.reject(error as Error);
    } finally {
      this.running = false;
      this.stats.batches++;
      this.stats.predictions += batch.length;
      this.stats.lastBatchSize = batch.length;
      const duration = performance.now() - started;
      for (const listener of this.batchListeners) listener(batch.length, duration);
    }
    // Whatever queued during the pass goes next, without waiting again.
    if (this.queue.length > 0) this.timer = setImmediate(() => this.flush());
  }

  /** Answers what is queued, then refuses new work. The model itself is the caller's to dispose. */
  async close(): Promise<void> {
    this.disposed = true;
    while (this.queue.length > 0 || this.running || this.timer) await new Promise((r) => setImmediate(r));
  }
}

/** Sorts digits by probability: the top `k` as { digit, probability }. */
export function topK(probabilities: ArrayLike<number>, k: number): Array<{ digit: number; probability: number }> {
  return Array.from(probabilities, (probability, digit) => ({ digit, probability }))
    .sort((a, b) => b.probability - a.probability)
    .slice(0, k);
}
