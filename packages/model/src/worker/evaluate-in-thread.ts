import type { Calibration } from "../reading.js";
import type { DigitSet } from "../data/mnist.js";
import type { SetScores } from "../feedback/compare-models.js";
import type { ModelArtifacts } from "../model-store.js";
import type { FromEvaluationThread, ToEvaluationThread } from "./messages.js";
import { startThread } from "./start-thread.js";

export interface ThreadEvaluationOptions {
  models: Array<{ artifacts: ModelArtifacts; calibration?: Calibration | undefined }>;
  /** The feedback holdout; without it (or empty) no model gets a feedbackHoldout score. */
  holdout?: DigitSet | undefined;
  mnistDir?: string | undefined;
  backend?: string | undefined;
  /** Ends the thread at once (the promise rejects), e.g. when a trainer stops. */
  signal?: AbortSignal | undefined;
}

/** Scores each model on the comparison sets in a worker thread, so a server keeps serving meanwhile. */
export function evaluateInThread(options: ThreadEvaluationOptions): Promise<SetScores[]> {
  const worker = startThread(import.meta.url, "./evaluation-thread");
  return new Promise<SetScores[]>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (message: FromEvaluationThread) =>
      settle(() => (message.type === "scored" ? resolve(message.scores) : reject(new Error(message.message)))),
    );
    worker.on("error", (error) => settle(() => reject(error)));
    worker.on("exit", (code) => settle(() => reject(new Error(`evaluation thread exited with code ${code}`))));
    if (options.signal?.aborted) settle(() => reject(new Error("evaluation aborted")));
    options.signal?.addEventListener("abort", () => settle(() => reject(new Error("evaluation aborted"))), { once: true });
    const message: ToEvaluationThread = {
      type: "evaluate",
      models: options.models,
      ...(options.holdout ? { holdout: options.holdout } : {}),
      ...(options.mnistDir ? { mnistDir: options.mnistDir } : {}),
      ...(options.backend ? { backend: options.backend } : {}),
    };
    worker.postMessage(message);
  });
}
