// Loaded after the page is up: TensorFlow.js, the model and the canvas preprocessing are not in `/`'s first load.
import {
  loadBrowserModel,
  refusalOf,
  type BrowserModel,
  type DigitReading,
  type RecognitionRefusalCode,
} from "@digit-lab/model/browser";
import { isPreprocessError, normalizeCanvasPixels } from "@digit-lab/preprocess/canvas";
import { EXPORT_SIZE } from "@/components/drawing/export-drawing";
import { drawStrokes, type Stroke } from "@/components/drawing/strokes";
import { friendlyError } from "@/lib/error-messages";
import { requestGraphql } from "@/lib/graphql-request";
import { LiveModelDocument } from "./live-operations";

/** The last version loaded, so a page that lost the network can still load the cached files. */
const LAST_MODEL_KEY = "digit-lab:live-model";

export interface LiveModelInfo {
  id: string;
  name: string;
  contentId: string;
  browserModelPath: string;
}

function rememberedModel(): LiveModelInfo | undefined {
  try {
    const saved = window.localStorage.getItem(LAST_MODEL_KEY);
    return saved ? (JSON.parse(saved) as LiveModelInfo) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberModel(model: LiveModelInfo): void {
  try {
    window.localStorage.setItem(LAST_MODEL_KEY, JSON.stringify(model));
  } catch {
    // Private modes may refuse storage; the page works without it.
  }
}

/** The version serving now, or the last one loaded here when the API cannot be asked. */
export async function activeModel(): Promise<LiveModelInfo | undefined> {
  try {
    const { activeModel: active } = await requestGraphql(LiveModelDocument, {});
    if (!active.contentId || !active.browserModelPath) return undefined;
    const { id, name, contentId, browserModelPath } = active;
    return { id, name, contentId, browserModelPath };
  } catch {
    return rememberedModel();
  }
}

/** Cache Storage holding model files under their content-addressed URLs, which never change. */
const MODEL_CACHE = "digit-lab-models";

async function openCache(): Promise<Cache | undefined> {
  // Cache Storage exists only in secure contexts (https, localhost).
  if (typeof caches === "undefined") return undefined;
  return caches.open(MODEL_CACHE).catch(() => undefined);
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

/** Loads a version's model from its model.json path, from the cache when it was loaded before (also offline). */
export async function loadLiveModel(path: string, contentId: string): Promise<BrowserModel> {
  const cache = await openCache();
  const model = await loadBrowserModel(path, { fetch: cachedFetch(cache) });
  // Earlier versions' files are dead weight once another is loaded.
  if (cache)
    for (const request of await cache.keys())
      if (!request.url.includes(contentId)) await cache.delete(request).catch(() => false);
  return model;
}

export interface LiveReading {
  reading: DigitReading;
  /** The error code the server answers such a drawing with; undefined for a digit. */
  refusal: RecognitionRefusalCode | undefined;
  /** What the page says for that refusal when the server makes it (ApiErrorAlert's title). */
  refusalText: string | undefined;
  /** The 28x28 input the model read (784 values in 0..1), to show. */
  input: Float32Array;
}

let scratch: CanvasRenderingContext2D | null | undefined;

/**
 * Reads the strokes as the server reads the PNG the Recognise button uploads: the same rendering
 * (exportDrawing's size and colours), the same preprocessing, the same model and calibration.
 * Null when there is no ink to read.
 */
export function readDrawing(
  model: BrowserModel,
  strokes: readonly Stroke[],
  strokeWidth: number,
): LiveReading | null {
  if (strokes.length === 0) return null;
  if (scratch === undefined) {
    const canvas = document.createElement("canvas");
    canvas.width = EXPORT_SIZE;
    canvas.height = EXPORT_SIZE;
    scratch = canvas.getContext("2d", { willReadFrequently: true });
  }
  if (!scratch) throw new Error("This browser cannot draw on a canvas.");
  drawStrokes(scratch, strokes, EXPORT_SIZE, { background: "#000000", ink: "#ffffff", width: strokeWidth });
  let digit;
  try {
    digit = normalizeCanvasPixels(scratch.getImageData(0, 0, EXPORT_SIZE, EXPORT_SIZE));
  } catch (error) {
    if (isPreprocessError(error) && error.code === "NO_DIGIT_FOUND") return null;
    throw error;
  }
  const reading = model.read(digit.input, { parts: digit.parts, partsLeftOut: digit.partsLeftOut });
  const refusal = refusalOf(reading);
  return {
    reading,
    refusal,
    refusalText: refusal ? friendlyError(refusal).title : undefined,
    input: digit.input,
  };
}
