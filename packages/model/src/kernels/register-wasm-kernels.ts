import * as tf from "@tensorflow/tfjs";
import { wasmConv2dBackpropFilterConfig } from "./conv2d-backprop-filter.js";
import { makeWasmConv2dBackpropInput } from "./conv2d-backprop-input.js";
import { makeWasmBatchMatMul } from "./batch-mat-mul.js";
import { wasmMaxPoolGrad } from "./max-pool-grad.js";

const BACKEND = "wasm";

function replaceKernel(kernelName: string, make: (fallback: tf.KernelFunc) => tf.KernelFunc): void {
  const original = tf.getKernel(kernelName, BACKEND);
  if (!original) throw new Error(`wasm backend has no ${kernelName} kernel to replace`);
  tf.unregisterKernel(kernelName, BACKEND);
  tf.registerKernel({ ...original, kernelFunc: make(original.kernelFunc) });
}

let registered = false;

/**
 * Adds the training kernel the wasm backend lacks (Conv2DBackpropFilter) and, with "fast", swaps its
 * naive Conv2DBackpropInput and MaxPoolGrad loops (and its slow transposed BatchMatMul) for faster
 * formulations; "missing-only" exists so the benchmark can measure the difference.
 * Idempotent: the kernel registry is global to tfjs-core, so the first call decides.
 */
export function registerWasmTrainingKernels(variant: "fast" | "missing-only" = "fast"): void {
  if (registered) return;
  registered = true;
  if (!tf.getKernel("Conv2DBackpropFilter", BACKEND)) tf.registerKernel(wasmConv2dBackpropFilterConfig);
  if (variant === "missing-only") return;
  replaceKernel("Conv2DBackpropInput", makeWasmConv2dBackpropInput);
  replaceKernel("MaxPoolGrad", () => wasmMaxPoolGrad);
  replaceKernel("BatchMatMul", makeWasmBatchMatMul);
}
