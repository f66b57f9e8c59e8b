import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { initBackend, runTrainingJob, TrainingCancelledError } from "@digit-lab/model";
import type { FromRunThread, ToRunThread } from "./thread-messages.js";

// A training thread of the API's trainer: runTrainingJob with a checkpoint directory, whose files go to the parent after every epoch.
if (!parentPort) throw new Error("training-thread must run in a worker thread");
const port = parentPort;
const controller = new AbortController();
const send = (message: FromRunThread, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/** The sets measured after every run, as @digit-lab/model's own training thread measures them. */
const RUN_RECOGNITION_SIZES = { perStyle: 40, nonDigits: 150, realistic: 200 };

async function readCheckpointFiles(dir: string): Promise<Array<{ name: string; data: Uint8Array }>> {
  const names = (await readdir(dir)).sort();
  return Promise.all(
    names.map(async (name) => ({ name, data: new Uint8Array(await readFile(join(dir, name))) })),
  );
}

port.on("message", (message: ToRunThread) => {
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
        name: message.name,
        checkpointDir: message.checkpointDir,
        resume: message.resume,
        ...(message.mnistDir ? { mnistDir: message.mnistDir } : {}),
        onProgress: (progress, batch) => {
          // A few reports a second is plenty for a progress bar.
          const now = performance.now();
          if (now - lastReport < 250 && batch.batch !== batch.batchesPerEpoch) return;
          lastReport = now;
          send({ type: "progress", progress, batch });
        },
        // Awaited by training before the next epoch, so the directory holds exactly this epoch's checkpoint.
        onEpochEnd: async (metrics) => {
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
