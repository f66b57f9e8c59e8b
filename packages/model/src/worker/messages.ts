import type { BatchProgress } from "../training.js";
import type { EpochMetrics, ModelMetadata, TrainingConfig } from "../model-store.js";

/** What the parent sends to a training thread. */
export type ToTrainingThread = { type: "start"; config: TrainingConfig; mnistDir?: string; name?: string; backend?: string } | { type: "cancel" };

/** What a training thread reports back. */
export type FromTrainingThread =
  | { type: "started"; backend: string }
  | { type: "progress"; progress: number; batch: BatchProgress }
  | { type: "epoch"; metrics: EpochMetrics }
  | { type: "succeeded"; modelJson: string; weights: Uint8Array; metadata: ModelMetadata }
  | { type: "cancelled" }
  | { type: "failed"; message: string };
