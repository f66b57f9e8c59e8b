import type { DataType, KernelBackend, TensorInfo } from "@tensorflow/tfjs";

/** The slice of the wasm backend's API that lets a kernel read and write tensors in place on its heap. */
export interface WasmHeapBackend {
  makeOutput(shape: number[], dtype: DataType): TensorInfo;
  typedArrayFromHeap(info: TensorInfo): Float32Array | Int32Array | Uint8Array;
}

export function asWasmHeapBackend(backend: KernelBackend): WasmHeapBackend {
  const candidate = backend as unknown as Partial<WasmHeapBackend>;
  if (typeof candidate.makeOutput !== "function" || typeof candidate.typedArrayFromHeap !== "function") {
    throw new Error("expected the wasm backend (makeOutput/typedArrayFromHeap missing)");
  }
  return candidate as WasmHeapBackend;
}
