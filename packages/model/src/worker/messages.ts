import type { Calibration } from "../reading.js";
import type { DigitSet } from "../data/mnist.js";
import type { SetScores } from "../feedback/compare-models.js";
import type { BatchProgress } from "../training.js";
import type { EpochMetrics, ModelArtifacts, ModelMetadata, TrainingConfig } from "../model-store.js";

/** A file of an epoch checkpoint, as read from the checkpoint directory. */
export interface CheckpointFile {
  name: string;
  data: Uint8Array;
}

/** What the parent sends to a training thread. */
export type ToTrainingThread =
  | {
      type: "start";
      config: TrainingConfig;
      mnistDir?: string;
      name?: string;
      backend?: string;
      /** Written after every epoch (and its files sent with the epoch); resumed from when `resume`. */
      checkpointDir?: string;
      resume?: boolean;
      /** Fine-tune this model instead of starting fresh. */
      initialModel?: { artifacts: ModelArtifacts; name: string };
      /** Users' samples to train on besides MNIST (already without excluded and held-out ones). */
      feedback?: DigitSet;
    }
  | { type: "cancel" };

/** What a training thread reports back. */
export type FromTrainingThread =
  | { type: "started"; backend: string }
  | { type: "progress"; progress: number; batch: BatchProgress }
  | { type: "epoch"; metrics: EpochMetrics; checkpoint?: CheckpointFile[] }
  | { type: "succeeded"; modelJson: string; weights: Uint8Array; metadata: ModelMetadata }
  | { type: "cancelled" }
  | { type: "failed"; message: string };

/** What the parent sends to an evaluation thread. */
export interface ToEvaluationThread {
  type: "evaluate";
  models: Array<{ artifacts: ModelArtifacts; calibration?: Calibration | undefined }>;
  holdout?: DigitSet;
  mnistDir?: string;
  backend?: string;
}

/** What an evaluation thread reports back: one score per model, in order. */
export type FromEvaluationThread = { type: "scored"; scores: SetScores[] } | { type: "failed"; message: string };
