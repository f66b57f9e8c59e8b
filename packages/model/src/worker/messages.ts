import type { BatchProgress } from "../training.js";
import type { EpochMetrics, ModelMetadata, TrainingConfig } from "../model-store.js";

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
