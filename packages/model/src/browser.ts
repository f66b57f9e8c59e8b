/**
 * The browser entry (`@digit-lab/model/browser`): loads a served model version and reads drawings with
 * the server's calibration and reject option. TensorFlow.js core, layers, the CPU backend and, loaded
 * on request, the wasm backend: no Node built-ins, no training code, no sharp.
 */
import "@tensorflow/tfjs-backend-cpu";
import * as tf from "@tensorflow/tfjs-core";
import { loadLayersModel, type LayersModel } from "@tensorflow/tfjs-layers";
import { CALIBRATION_METADATA_KEY, type BrowserModelFiles } from "./browser-files.js";
import { IMAGE_PIXELS, IMAGE_SIDE } from "./data/idx.js";
import { ModelLoadError, InvalidInputError } from "./errors.js";
import { readDigit, type Calibration, type DigitReading, type MarksLayout } from "./reading.js";

// What the web app's live recognition uses besides the loader.
export { refusalOf, type DigitReading, type RecognitionRefusalCode } from "./reading.js";

/** A model version loaded in the page. */
export interface BrowserModel {
  /** The version's calibration from its model.json (undefined: raw softmax, as on the server). */
  readonly calibration: Calibration | undefined;
  /** Probabilities of one 28x28 input (784 values in 0..1): 10, or 11 with "not a digit" last. */
  probabilities(input: Float32Array): Float32Array;
  /** The reading the server would give: readDigit with the same calibration and layout. */
  read(input: Float32Array, layout: MarksLayout): DigitReading;
  dispose(): void;
}

export interface LoadOptions {
  /** Fetches model.json and the weights (e.g. through a cache); default: the global fetch. */
  fetch?: typeof fetch;
  /**
   * Runs the forward pass on WebAssembly (SIMD where the browser has it), several times faster than
   * the CPU backend; `fetch` gets its binary (e.g. through a cache, for offline use). The CPU backend
   * where WebAssembly cannot start. The first load decides: TensorFlow.js has one backend per thread.
   */
  wasm?: { fetch?: typeof fetch };
}

/**
 * The wasm backend's binaries, which the app's bundler emits next to its chunks (same origin, named
 * by content, so cached for good); only the one the browser needs is fetched.
 */
const WASM_BINARY = {
  simd: new URL("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm", import.meta.url).href,
  plain: new URL("@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm", import.meta.url).href,
};

/** The wasm backend with its binary fetched by `fetchBinary`; false when it cannot start here. */
async function startWasm(fetchBinary: typeof fetch): Promise<boolean> {
  try {
    const { setWasmPaths } = await import("@tensorflow/tfjs-backend-wasm");
    // One thread: threads need a cross-origin isolated page and would compete with the page's own.
    tf.env().set("WASM_HAS_MULTITHREAD_SUPPORT", false);
    const simd = await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
    const response = await fetchBinary(simd ? WASM_BINARY.simd : WASM_BINARY.plain);
    if (!response.ok) return false;
    // Handed over as a blob URL, so a cached response serves as well as the network.
    const binary = URL.createObjectURL(
      new Blob([await response.arrayBuffer()], { type: "application/wasm" }),
    );
    setWasmPaths({
      "tfjs-backend-wasm.wasm": binary,
      "tfjs-backend-wasm-simd.wasm": binary,
      "tfjs-backend-wasm-threaded-simd.wasm": binary,
    });
    try {
      return await tf.setBackend("wasm");
    } finally {
      URL.revokeObjectURL(binary);
    }
  } catch {
    return false;
  }
}

let backendReady: Promise<void> | undefined;

/** wasm when asked and it starts, else the CPU backend: a forward pass of the small CNN needs no GPU. */
function ensureBackend(wasm: LoadOptions["wasm"]): Promise<void> {
  backendReady ??= (async () => {
    if (wasm && (await startWasm(wasm.fetch ?? fetch))) return;
    if (!(await tf.setBackend("cpu")))
      throw new ModelLoadError("the TensorFlow.js CPU backend could not be initialised");
  })();
  return backendReady;
}

/** An IOHandler over files already in memory (a test's, or ones read from a cache). */
function fromFiles(files: BrowserModelFiles): tf.io.IOHandler {
  return {
    load: async () => {
      const parsed = JSON.parse(files.modelJson) as {
        modelTopology?: object;
        weightsManifest?: tf.io.WeightsManifestConfig;
        userDefinedMetadata?: Record<string, object>;
      };
      if (!parsed.modelTopology || !parsed.weightsManifest)
        throw new ModelLoadError(`model ${files.contentId} has no modelTopology or weightsManifest`);
      const { weights } = files;
      return {
        modelTopology: parsed.modelTopology,
        weightSpecs: parsed.weightsManifest.flatMap((group) => group.weights),
        weightData: weights.buffer.slice(
          weights.byteOffset,
          weights.byteOffset + weights.byteLength,
        ) as ArrayBuffer,
        ...(parsed.userDefinedMetadata ? { userDefinedMetadata: parsed.userDefinedMetadata } : {}),
      };
    },
  };
}

/**
 * Loads a model from the URL of its model.json (the weights are fetched next to it) or from its
 * files in memory, and runs one pass so the first live reading is not the slow one.
 */
export async function loadBrowserModel(
  source: string | BrowserModelFiles,
  options: LoadOptions = {},
): Promise<BrowserModel> {
  await ensureBackend(options.wasm);
  let model: LayersModel;
  try {
    model = await loadLayersModel(
      typeof source === "string"
        ? tf.io.http(source, options.fetch ? { fetchFunc: options.fetch } : {})
        : fromFiles(source),
    );
  } catch (error) {
    const where = typeof source === "string" ? source : `model ${source.contentId}`;
    throw new ModelLoadError(`cannot load ${where}: ${(error as Error).message}`);
  }
  const metadata = model.getUserDefinedMetadata() as Record<string, unknown> | undefined;
  const calibration = metadata?.[CALIBRATION_METADATA_KEY] as Calibration | undefined;
  const probabilities = (input: Float32Array): Float32Array => {
    if (input.length !== IMAGE_PIXELS)
      throw new InvalidInputError(`input has ${input.length} values, expected ${IMAGE_PIXELS} (28x28)`);
    const output = tf.tidy(
      () => model.predictOnBatch(tf.tensor4d(input, [1, IMAGE_SIDE, IMAGE_SIDE, 1])) as tf.Tensor,
    );
    try {
      return output.dataSync() as Float32Array;
    } finally {
      output.dispose();
    }
  };
  probabilities(new Float32Array(IMAGE_PIXELS));
  return {
    calibration,
    probabilities,
    read: (input, layout) => readDigit(probabilities(input), calibration, layout),
    dispose: () => model.dispose(),
  };
}
