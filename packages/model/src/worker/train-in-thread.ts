import { TrainingCancelledError } from "../errors.js";
import type { BatchProgress } from "../training.js";
import type { DigitSet } from "../data/mnist.js";
import type { EpochMetrics, ModelArtifacts, ModelMetadata, TrainingConfig } from "../model-store.js";
import { startThread } from "./start-thread.js";
import type { CheckpointFile, FromTrainingThread, ToTrainingThread } from "./messages.js";

export type { CheckpointFile } from "./messages.js";

export interface ThreadTrainingOptions {
  config: TrainingConfig;
  mnistDir?: string | undefined;
  name?: string;
  backend?: string | undefined;
  /** Checkpoint after every epoch here, and hand its files to onEpochEnd; with `resume`, continue from it. */
  checkpointDir?: string;
  resume?: boolean;
  /** Fine-tune this registered model (its artifacts and name) instead of starting from fresh weights. */
  initialModel?: { artifacts: ModelArtifacts; name: string } | undefined;
  /** Users' samples to train on besides MNIST: the training part of splitFeedback, never its holdout. */
  feedback?: DigitSet | undefined;
  onStarted?: (backend: string) => void;
  onProgress?: (progress: number, batch: BatchProgress) => void;
  /** `checkpoint`: the files of the checkpoint written for this epoch, when checkpointDir is set. */
  onEpochEnd?: (metrics: EpochMetrics, checkpoint?: CheckpointFile[]) => void;
}

export interface ThreadTraining {
  /** Resolves with the trained model; rejects with TrainingCancelledError after cancel(). */
  result: Promise<{ artifacts: ModelArtifacts; metadata: ModelMetadata }>;
  /** Stops training within one batch. */
  cancel(): void;
  /** Ends the thread now, wherever it is (result rejects). */
  terminate(): Promise<void>;
}

/** Trains in a worker thread so the caller (an API server) keeps serving while it runs. */
export function trainInThread(options: ThreadTrainingOptions): ThreadTraining {
  const worker = startThread(import.meta.url, "./training-thread");
  const send = (message: ToTrainingThread) => worker.postMessage(message);
  const result = new Promise<{ artifacts: ModelArtifacts; metadata: ModelMetadata }>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (message: FromTrainingThread) => {
      switch (message.type) {
        case "started":
          options.onStarted?.(message.backend);
          break;
        case "progress":
          options.onProgress?.(message.progress, message.batch);
          break;
        case "epoch":
          options.onEpochEnd?.(message.metrics, message.checkpoint);
          break;
        case "succeeded":
          settle(() =>
            resolve({
              artifacts: { modelJson: message.modelJson, weights: message.weights },
              metadata: message.metadata,
            }),
          );
          break;
        case "cancelled":
          settle(() => reject(new TrainingCancelledError()));
          break;
        case "failed":
          settle(() => reject(new Error(message.message)));
          break;
      }
    });
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`training thread exited with code ${code}`))));
  });
  // A caller that terminates before it awaits `result` (a server stopping) must not leave an unhandled rejection.
  result.catch(() => undefined);
  send({
    type: "start",
    config: options.config,
    ...(options.mnistDir ? { mnistDir: options.mnistDir } : {}),
    ...(options.name ? { name: options.name } : {}),
    ...(options.backend ? { backend: options.backend } : {}),
    ...(options.checkpointDir
      ? { checkpointDir: options.checkpointDir, resume: options.resume ?? false }
      : {}),
    ...(options.initialModel ? { initialModel: options.initialModel } : {}),
    ...(options.feedback ? { feedback: options.feedback } : {}),
  });
  return {
    result,
    cancel: () => send({ type: "cancel" }),
    terminate: async () => void (await worker.terminate()),
  };
}
