import { Worker } from "node:worker_threads";
import {
  TrainingCancelledError,
  type BatchProgress,
  type EpochMetrics,
  type ModelArtifacts,
  type ModelMetadata,
  type TrainingConfig,
} from "@digit-lab/model";
import type { CheckpointFile } from "../store/training-run-store.js";
import type { FromRunThread, ToRunThread } from "./thread-messages.js";

export interface RunThreadOptions {
  config: TrainingConfig;
  name: string;
  mnistDir?: string | undefined;
  backend?: string | undefined;
  checkpointDir: string;
  resume: boolean;
  onStarted?: (backend: string) => void;
  onProgress?: (progress: number, batch: BatchProgress) => void;
  onEpochEnd?: (metrics: EpochMetrics, checkpoint: CheckpointFile[]) => void;
}

export interface RunThread {
  /** Resolves with the trained model; rejects with TrainingCancelledError after cancel(). */
  result: Promise<{ artifacts: ModelArtifacts; metadata: ModelMetadata }>;
  /** Stops training within one batch. */
  cancel(): void;
  /** Ends the thread now, wherever it is (result rejects). */
  terminate(): Promise<void>;
}

/** Starts ./training-thread: the built .js next to built code, or from source with tsx registered in the thread first. */
function startThread(): Worker {
  const base = import.meta.url;
  if (!base.endsWith(".ts")) return new Worker(new URL("./training-thread.js", base));
  const entry = new URL("./training-thread.ts", base).href;
  // Resolved here, since an eval'd thread resolves from the process's working directory.
  const tsxApi = import.meta.resolve("tsx/esm/api");
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true, execArgv: ["--conditions=@digit-lab/source"] },
  );
}

/** Trains one run on a worker thread, checkpointing every epoch and resuming from checkpointDir when asked. */
export function runInThread(options: RunThreadOptions): RunThread {
  const worker = startThread();
  const send = (message: ToRunThread) => worker.postMessage(message);
  const result = new Promise<{ artifacts: ModelArtifacts; metadata: ModelMetadata }>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (message: FromRunThread) => {
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
  send({
    type: "start",
    config: options.config,
    name: options.name,
    checkpointDir: options.checkpointDir,
    resume: options.resume,
    ...(options.mnistDir ? { mnistDir: options.mnistDir } : {}),
    ...(options.backend ? { backend: options.backend } : {}),
  });
  return {
    result,
    cancel: () => send({ type: "cancel" }),
    terminate: async () => void (await worker.terminate()),
  };
}
