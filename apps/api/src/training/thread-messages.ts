import type { BatchProgress, EpochMetrics, ModelMetadata, TrainingConfig } from "@digit-lab/model";

/** What the trainer sends to its training thread. */
export type ToRunThread =
  | {
      type: "start";
      config: TrainingConfig;
      name: string;
      mnistDir?: string;
      backend?: string;
      /** Written after every epoch; resumed from when it already holds a checkpoint. */
      checkpointDir: string;
      resume: boolean;
    }
  | { type: "cancel" };

/** What a training thread reports back; an epoch carries the checkpoint written right before it. */
export type FromRunThread =
  | { type: "started"; backend: string }
  | { type: "progress"; progress: number; batch: BatchProgress }
  | { type: "epoch"; metrics: EpochMetrics; checkpoint: Array<{ name: string; data: Uint8Array }> }
  | { type: "succeeded"; modelJson: string; weights: Uint8Array; metadata: ModelMetadata }
  | { type: "cancelled" }
  | { type: "failed"; message: string };
