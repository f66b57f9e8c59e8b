import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { initBackend } from "../backend.js";
import { TrainingCancelledError } from "../errors.js";
import { deserializeModel } from "../model-store.js";
import { RUN_RECOGNITION_SIZES, runTrainingJob } from "../training-job.js";
import type { CheckpointFile, FromTrainingThread, ToTrainingThread } from "./messages.js";

// Entry point of a training worker thread: its own tfjs engine, so the parent's event loop and model stay free.
if (!parentPort) throw new Error("training-thread must run in a worker thread");
const port = parentPort;
const controller = new AbortController();
const send = (message: FromTrainingThread, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

async function readCheckpointFiles(dir: string): Promise<CheckpointFile[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, data: new Uint8Array(await readFile(join(dir, name))) })),
  );
}

port.on("message", (message: ToTrainingThread) => {
  if (message.type === "cancel") {
    controller.abort();
    return;
  }
  void (async () => {
    try {
      const backend = await initBackend(message.backend);
      send({ type: "started", backend });
      let lastReport = 0;
      const { artifacts, metadata } = await runTrainingJob({
        config: message.config,
        signal: controller.signal,
        ...(message.mnistDir ? { mnistDir: message.mnistDir } : {}),
        ...(message.name ? { name: message.name } : {}),
        ...(message.checkpointDir
          ? { checkpointDir: message.checkpointDir, resume: message.resume ?? false }
          : {}),
        ...(message.initialModel
          ? {
              initialModel: await deserializeModel(message.initialModel.artifacts),
              initialModelName: message.initialModel.name,
            }
          : {}),
        ...(message.feedback ? { feedback: message.feedback } : {}),
        onProgress: (progress, batch) => {
          // A few reports a second is plenty for a progress bar.
          const now = performance.now();
          if (now - lastReport < 250 && batch.batch !== batch.batchesPerEpoch) return;
          lastReport = now;
          send({ type: "progress", progress, batch });
        },
        // Awaited by training before the next epoch, so the directory holds exactly this epoch's checkpoint.
        onEpochEnd: async (metrics) => {
          if (!message.checkpointDir) return send({ type: "epoch", metrics });
          const checkpoint = await readCheckpointFiles(message.checkpointDir);
          send(
            { type: "epoch", metrics, checkpoint },
            checkpoint.map((file) => file.data.buffer as ArrayBuffer),
          );
        },
        recognition: RUN_RECOGNITION_SIZES,
      });
      const weights = artifacts.weights;
      send({ type: "succeeded", modelJson: artifacts.modelJson, weights, metadata }, [
        weights.buffer as ArrayBuffer,
      ]);
    } catch (error) {
      if (error instanceof TrainingCancelledError) send({ type: "cancelled" });
      else send({ type: "failed", message: (error as Error).message });
    } finally {
      port.close();
    }
  })();
});
