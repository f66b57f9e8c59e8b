import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { BackendError } from "./errors.js";
import { registerWasmTrainingKernels } from "./kernels/register-wasm-kernels.js";

export const BACKEND_NAMES = ["tensorflow", "wasm", "cpu"] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

export function isBackendName(value: string): value is BackendName {
  return (BACKEND_NAMES as readonly string[]).includes(value);
}

async function tryTensorflowNode(): Promise<boolean> {
  try {
    // Optional dependency: absent or unbuilt (no libtensorflow) on most machines.
    await import("@tensorflow/tfjs-node");
    return tf.findBackendFactory("tensorflow") != null;
  } catch {
    return false;
  }
}

async function activate(name: BackendName): Promise<boolean> {
  if (name === "tensorflow" && !(await tryTensorflowNode())) return false;
  if (name === "wasm") registerWasmTrainingKernels();
  try {
    return await tf.setBackend(name);
  } catch {
    return false;
  }
}

// tfjs keeps one engine per process, so the choice is process-wide too.
let selected: BackendName | undefined;

/**
 * Selects the fastest backend that loads: tfjs-node, else wasm (with our training kernels),
 * else the pure-JS cpu backend. `preferred` (e.g. from DIGIT_BACKEND) must load or this throws.
 */
export async function initBackend(preferred?: string): Promise<BackendName> {
  if (preferred) {
    if (!isBackendName(preferred)) {
      throw new BackendError(`unknown backend "${preferred}"; expected one of ${BACKEND_NAMES.join(", ")}`);
    }
    if (tf.getBackend() === preferred) return preferred;
    if (!(await activate(preferred))) throw new BackendError(`backend "${preferred}" could not be loaded`);
    await tf.ready();
    selected = preferred;
    return preferred;
  }
  if (selected) return selected;
  for (const name of BACKEND_NAMES) {
    if (await activate(name)) {
      await tf.ready();
      selected = name;
      return name;
    }
  }
  throw new BackendError("no TensorFlow.js backend could be loaded");
}

/** The backend this thread selected, or the pure-JS cpu backend for a thread that selected none. */
export async function ensureBackend(): Promise<BackendName> {
  return selected ?? initBackend("cpu");
}

export function currentBackend(): string {
  return tf.getBackend();
}
