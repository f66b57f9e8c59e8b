// Runs in the live worker (live.worker.ts): the active-model query, TensorFlow.js, the model and the preprocessing never touch the page's thread.
import { loadBrowserModel, refusalOf, type BrowserModel } from "@digit-lab/model/browser";
import { isPreprocessError, normalizeCanvasPixels } from "@digit-lab/preprocess/canvas";
import { requestGraphql } from "@/lib/graphql-request";
import { LiveModelDocument } from "./live-operations";
import type { DrawingPixels, LiveAnswer, LiveModelInfo, LiveRequest, WorkerReading } from "./live-protocol";

/** The worker's performance measures of one reading's two parts (DevTools, the end-to-end tests). */
export const LIVE_PREPROCESS_MEASURE = "digit-lab:live-preprocess";
export const LIVE_FORWARD_MEASURE = "digit-lab:live-forward";
/** From a read request's arrival in the worker to its answer being posted (detail: the reading's id). */
export const LIVE_WORKER_MEASURE = "digit-lab:live-worker";

/** The version serving now, or `remembered` (the last one the page loaded) when the API cannot be asked. */
export async function activeModel(remembered: LiveModelInfo | undefined): Promise<LiveModelInfo | undefined> {
  try {
    const { activeModel: active } = await requestGraphql(
      LiveModelDocument,
      {},
      // Without the cookie: on a first visit the API would issue a session here, racing the one the
      // page's first upload gets, and the browser could keep the other one, losing that prediction.
      { credentials: "omit" },
    );
    if (!active.contentId || !active.browserModelPath) return undefined;
    const { id, name, contentId, browserModelPath } = active;
    return { id, name, contentId, browserModelPath };
  } catch {
    return remembered;
  }
}

/** Cache Storage holding model files under their content-addressed URLs, which never change. */
const MODEL_CACHE = "digit-lab-models";

async function openCache(name: string): Promise<Cache | undefined> {
  // Cache Storage exists only in secure contexts (https, localhost).
  if (typeof caches === "undefined") return undefined;
  return caches.open(name).catch(() => undefined);
}

/** fetch, answered from Cache Storage when the file is there and stored there when it is not. */
function cachedFetch(cache: Cache | undefined): typeof fetch {
  return async (input, init) => {
    const hit = await cache?.match(input).catch(() => undefined);
    if (hit) return hit;
    const response = await fetch(input, init);
    if (response.ok && cache) await cache.put(input, response.clone()).catch(() => undefined);
    return response;
  };
}

/** Cache Storage holding the wasm backend's binary under its content-hashed URL. */
const RUNTIME_CACHE = "digit-lab-runtime";

/**
 * Loads a version's model from its model.json URL, and the wasm backend the first time, from the
 * caches when they were loaded before (also offline).
 */
export async function loadLiveModel(modelUrl: string, contentId: string): Promise<BrowserModel> {
  const [cache, runtime] = await Promise.all([openCache(MODEL_CACHE), openCache(RUNTIME_CACHE)]);
  const model = await loadBrowserModel(modelUrl, {
    fetch: cachedFetch(cache),
    wasm: { fetch: cachedFetch(runtime) },
  });
  // Earlier versions' files are dead weight once another is loaded.
  if (cache)
    for (const request of await cache.keys())
      if (!request.url.includes(contentId)) await cache.delete(request).catch(() => false);
  return model;
}

/**
 * Reads the drawing's pixels as the server reads the PNG the Recognise button uploads: the same
 * preprocessing, the same model and calibration. Null when there is no ink to read.
 */
export function readPixels(model: BrowserModel, pixels: DrawingPixels): WorkerReading | null {
  const started = performance.now();
  let digit;
  try {
    digit = normalizeCanvasPixels(pixels);
  } catch (error) {
    if (isPreprocessError(error) && error.code === "NO_DIGIT_FOUND") return null;
    throw error;
  } finally {
    performance.measure(LIVE_PREPROCESS_MEASURE, { start: started });
  }
  const preprocessed = performance.now();
  const reading = model.read(digit.input, { parts: digit.parts, partsLeftOut: digit.partsLeftOut });
  performance.measure(LIVE_FORWARD_MEASURE, { start: preprocessed });
  return { reading, refusal: refusalOf(reading), input: digit.input };
}

/** A "7" as the pad exports it (white round strokes 7% of the side wide on black), drawn without a canvas. */
function warmUpPixels(side = 280): DrawingPixels {
  const segments = [
    [0.27, 0.2, 0.78, 0.2],
    [0.78, 0.2, 0.47, 0.85],
  ].map((segment) => segment.map((value) => value * side) as [number, number, number, number]);
  const radius = 0.035 * side;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      let distance = Infinity;
      for (const [x0, y0, x1, y1] of segments) {
        const dx = x1 - x0;
        const dy = y1 - y0;
        const t = Math.max(0, Math.min(1, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / (dx * dx + dy * dy)));
        distance = Math.min(distance, Math.hypot(x + 0.5 - x0 - t * dx, y + 0.5 - y0 - t * dy));
      }
      const o = (y * side + x) * 4;
      data[o] = data[o + 1] = data[o + 2] = 255 * Math.max(0, Math.min(1, radius + 0.5 - distance));
      data[o + 3] = 255;
    }
  }
  return { width: side, height: side, data };
}

/**
 * Reads a drawing a few times, unmeasured, so the preprocessing is JIT-compiled before the first
 * stroke: otherwise the first strokes' readings run unoptimised code and make the slow tail.
 */
function warmUp(model: BrowserModel, rounds = 20): void {
  const pixels = warmUpPixels();
  for (let round = 0; round < rounds; round++) {
    const digit = normalizeCanvasPixels(pixels);
    model.read(digit.input, { parts: digit.parts, partsLeftOut: digit.partsLeftOut });
  }
}

/** The worker's end of the channel: a dedicated worker's global scope, or a MessagePort. */
export interface LiveEnginePort {
  postMessage(message: LiveAnswer): void;
  onmessage: ((event: { data: LiveRequest }) => void) | null;
}

/** Answers check and read requests on `port`; a newly activated version replaces the previous one. */
export function serveLiveEngine(port: LiveEnginePort): void {
  let model: BrowserModel | null = null;
  let serving: LiveModelInfo | undefined;
  const check = async (remembered: LiveModelInfo | undefined) => {
    let changed = false;
    try {
      const active = await activeModel(remembered);
      if (active && active.contentId !== serving?.contentId) {
        // Model paths are site-absolute; the worker's own URL is under /_next/static.
        const next = await loadLiveModel(
          new URL(active.browserModelPath, location.href).href,
          active.contentId,
        );
        model?.dispose();
        model = next;
        serving = active;
        changed = true;
      }
    } catch {
      // Not loaded (offline and not cached, a broken file): the version in use, if any, keeps reading.
    }
    port.postMessage({ type: "checked", model: serving, changed });
    try {
      if (changed && model) warmUp(model);
    } catch {
      // A failed warm-up only leaves the first readings slower; real readings report their own errors.
    }
  };
  port.onmessage = ({ data }) => {
    if (data.type === "check") {
      void check(data.remembered);
      return;
    }
    const received = performance.now();
    try {
      if (!model) throw new Error("No model is loaded in the live worker yet.");
      port.postMessage({ type: "read", id: data.id, live: readPixels(model, data.pixels) });
    } catch (error) {
      port.postMessage({ type: "read-failed", id: data.id, message: String(error) });
    }
    performance.measure(LIVE_WORKER_MEASURE, { start: received, detail: data.id });
  };
}
