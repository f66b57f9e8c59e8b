// A recognition thread (see recognition-pool.ts): decodes and normalises an upload, runs the model on
// it and reads its output, so an upload costs the event loop only the hand-off. Models arrive as
// artifacts, once per version, and are kept until the pool says a version is retired.
import { parentPort, workerData } from "node:worker_threads";
import { deserializeModel, IMAGE_PIXELS, initBackend, Predictor, readDigit } from "@digit-lab/model";
import { isPreprocessError, normalizeDigitImage, preprocessInThread } from "@digit-lab/preprocess";
import { linuxThreadId } from "@digit-lab/worker-thread";
import type { ThreadReply, ThreadRequest, RecognitionThreadData } from "./recognition-messages.js";

interface Loaded {
  model: Awaited<ReturnType<typeof deserializeModel>>;
  predictor: Predictor;
  calibration: Parameters<typeof readDigit>[1];
}

const port = parentPort!;
const { backend: preferred, maxBatchSize } = workerData as RecognitionThreadData;
const versions = new Map<string, Loaded>();
const send = (reply: ThreadReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

function loaded(versionId: string): Loaded {
  const version = versions.get(versionId);
  if (!version) throw new Error(`model version ${versionId} is not loaded in this thread`);
  return version;
}

async function handle(request: ThreadRequest): Promise<void> {
  switch (request.type) {
    case "load": {
      const model = await deserializeModel(request.artifacts);
      // 0 ms: inputs queued on this thread's port when a pass starts share it, none waits for company.
      const predictor = new Predictor(model, { maxBatchSize, maxWaitMs: 0 });
      predictor.onBatch((size, durationMs) => send({ type: "batch", size, durationMs }));
      versions.set(request.versionId, { model, predictor, calibration: request.calibration });
      send({ type: "loaded", task: request.task });
      return;
    }
    case "unload": {
      const version = versions.get(request.versionId);
      versions.delete(request.versionId);
      if (version) {
        await version.predictor.close();
        version.model.dispose();
      }
      return;
    }
    case "recognize": {
      const { predictor, calibration } = loaded(request.versionId);
      const normalized = await normalizeDigitImage(request.bytes, { thumbnailSide: request.thumbnailSide });
      const reading = readDigit(await predictor.predict(normalized.input), calibration, normalized.info);
      const normalizedImage = new Uint8Array(normalized.png);
      const thumbnail = new Uint8Array(normalized.thumbnail!.bytes);
      // Copies of their own (Buffers may share a pool), handed over without another copy.
      send(
        {
          type: "recognized",
          task: request.task,
          reading,
          normalizedImage,
          thumbnail,
          info: normalized.info,
        },
        [normalizedImage.buffer, thumbnail.buffer],
      );
      return;
    }
    case "preprocess": {
      send({ type: "preprocessed", task: request.task, reply: await preprocessInThread(request.job) });
      return;
    }
    case "read": {
      const { predictor, calibration } = loaded(request.versionId);
      const readings = await Promise.all(
        request.layouts.map(async (layout, index) =>
          readDigit(
            await predictor.predict(
              request.inputs.subarray(index * IMAGE_PIXELS, (index + 1) * IMAGE_PIXELS),
            ),
            calibration,
            layout,
          ),
        ),
      );
      send({ type: "read", task: request.task, readings });
      return;
    }
  }
}

port.on("message", (request: ThreadRequest) => {
  handle(request).catch((error: unknown) => {
    if (!("task" in request)) throw error;
    if (isPreprocessError(error))
      send({ type: "refused", task: request.task, code: error.code, message: error.message });
    else {
      const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
      send({ type: "failed", task: request.task, name, message });
    }
  });
});

send({ type: "ready", backend: await initBackend(preferred), threadId: linuxThreadId() });
