import { parentPort } from "node:worker_threads";
import { initBackend } from "../backend.js";
import { loadMnist } from "../data/mnist.js";
import { scoreModelOnSets, type SetScores } from "../feedback/compare-models.js";
import { deserializeModel } from "../model-store.js";
import type { FromEvaluationThread, ToEvaluationThread } from "./messages.js";

// Entry point of an evaluation worker thread: models are measured off the caller's event loop.
if (!parentPort) throw new Error("evaluation-thread must run in a worker thread");
const port = parentPort;
const send = (message: FromEvaluationThread) => port.postMessage(message);

port.once("message", (message: ToEvaluationThread) => {
  void (async () => {
    try {
      await initBackend(message.backend);
      const { test } = await loadMnist(message.mnistDir);
      const scores: SetScores[] = [];
      for (const entry of message.models) {
        const model = await deserializeModel(entry.artifacts);
        scores.push(await scoreModelOnSets(model, entry.calibration, { test, holdout: message.holdout }));
        model.dispose();
      }
      send({ type: "scored", scores });
    } catch (error) {
      send({ type: "failed", message: (error as Error).message });
    } finally {
      port.close();
    }
  })();
});
