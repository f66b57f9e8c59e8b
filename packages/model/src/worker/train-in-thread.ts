import { Worker } from "node:worker_threads";
import { TrainingCancelledError } from "../errors.js";
import type { BatchProgress } from "../training.js";
import type { EpochMetrics, ModelArtifacts, ModelMetadata, TrainingConfig } from "../model-store.js";
import type { FromTrainingThread, ToTrainingThread } from "./messages.js";

export interface ThreadTrainingOptions {
  config: TrainingConfig;
  mnistDir?: string;
  name?: string;
  backend?: string;
  onStarted?: (backend: string) => void;
  onProgress?: (progress: number, batch: BatchProgress) => void;
  onEpochEnd?: (metrics: EpochMetrics) => void;
}

export interface ThreadTraining {
  /** Resolves with the trained model; rejects with TrainingCancelledError after cancel(). */
  result: Promise<{ artifacts: ModelArtifacts; metadata: ModelMetadata }>;
  /** Stops training within one batch. */
  cancel(): void;
}

function createThread(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./training-thread.js", import.meta.url));
  // Running from source (tsx, vitest): register the TypeScript loader inside the thread before importing the entry.
  const entry = new URL("./training-thread.ts", import.meta.url).href;
  // Resolved here, relative to this package, since an eval'd thread resolves from the process's cwd.
  const tsxApi = import.meta.resolve("tsx/esm/api");
  return new Worker(`import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    execArgv: ["--conditions=@digit-lab/source"],
  });
}

/** Trains in a worker thread so the caller (an API server) keeps serving while it runs. */
export function trainInThread(options: ThreadTrainingOptions): ThreadTraining {
  const worker = createThread();
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
          options.onEpochEnd?.(message.metrics);
          break;
        case "succeeded":
          settle(() => resolve({ artifacts: { modelJson: message.modelJson, weights: message.weights }, metadata: message.metadata }));
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
    ...(options.mnistDir ? { mnistDir: options.mnistDir } : {}),
    ...(options.name ? { name: options.name } : {}),
    ...(options.backend ? { backend: options.backend } : {}),
  });
  return { result, cancel: () => send({ type: "cancel" }) };
}
