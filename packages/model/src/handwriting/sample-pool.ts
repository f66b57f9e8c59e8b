import type { Worker } from "node:worker_threads";
import { IMAGE_PIXELS } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { startThread } from "../worker/start-thread.js";
import type { StyleSettings } from "./digit-styles.js";

export interface HandwritingSampler {
  /** `count` samples (a `nonDigitShare` of them non-digits) for `seed`, rendered across the threads. */
  generate(count: number, nonDigitShare: number, seed: number, settings?: StyleSettings): Promise<DigitSet>;
  close(): Promise<void>;
}

/**
 * Renders handwriting samples on worker threads, each holding its own copy of the digits; a
 * request is split into one contiguous share per thread with seeds derived from `seed`, so the
 * result depends only on the seed and the thread count.
 */
export function createHandwritingSampler(digits: DigitSet, threads: number): HandwritingSampler {
  const workers: Worker[] = Array.from({ length: Math.max(1, threads) }, () => startThread(import.meta.url, "./sample-thread"));
  let nextId = 0;
  const run = (worker: Worker, count: number, nonDigitShare: number, seed: number, settings: StyleSettings) =>
    new Promise<DigitSet>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message: { id: number; set?: DigitSet; error?: string }) => {
        if (message.id !== id) return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        if (message.set) resolve(message.set);
        else reject(new Error(`handwriting sample thread failed: ${message.error}`));
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
      worker.postMessage({ id, digits, count, nonDigitShare, seed, settings });
    });
  return {
    async generate(count, nonDigitShare, seed, settings = "training") {
      const shares = workers.map((_, i) => Math.floor(count / workers.length) + (i < count % workers.length ? 1 : 0));
      const parts = await Promise.all(workers.map((worker, i) => run(worker, shares[i]!, nonDigitShare, seed * 131 + i, settings)));
      const images = new Uint8Array(count * IMAGE_PIXELS);
      const labels = new Uint8Array(count);
      let at = 0;
      for (const part of parts) {
        images.set(part.images, at * IMAGE_PIXELS);
        labels.set(part.labels, at);
        at += part.count;
      }
      return { count, images, labels };
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
