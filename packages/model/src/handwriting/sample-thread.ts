import { parentPort } from "node:worker_threads";
import { generateHandwritingSamples, type HandwritingSampleOptions } from "./training-samples.js";

// Entry point of a sample-generating worker thread: renders while the training thread trains.
if (!parentPort) throw new Error("sample-thread must run in a worker thread");
const port = parentPort;
port.on("message", (options: HandwritingSampleOptions & { id: number }) => {
  try {
    const set = generateHandwritingSamples(options);
    port.postMessage({ id: options.id, set }, [set.images.buffer as ArrayBuffer, set.labels.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ id: options.id, error: (error as Error).message });
  }
});
