import { backend_util, type KernelBackend, type KernelFunc, type NamedTensorInfoMap, type TensorInfo } from "@tensorflow/tfjs";
import { asWasmHeapBackend } from "./wasm-heap.js";

export interface MaxPoolGradAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: "valid" | "same" | number;
  dimRoundingMode?: "floor" | "round" | "ceil";
}

/**
 * Routes each dy value to the first maximum of its window (row-major, as the cpu backend does),
 * reading and writing the wasm heap in place. Measured ~3x faster than composing slices/equal/mul
 * on wasm kernels, whose 4-D slices and elementwise ops each cost a full pass over the activations.
 */
export function maxPoolGradOnHeap(
  values: { dy: Float32Array; input: Float32Array; dx: Float32Array },
  info: backend_util.Conv2DInfo,
): void {
  const { dy, input, dx } = values;
  const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, strideHeight, strideWidth } = info;
  const filterHeight = info.effectiveFilterHeight;
  const filterWidth = info.effectiveFilterWidth;
  const { top, left } = info.padInfo;
  const best = new Float32Array(inChannels);
  const bestIndex = new Int32Array(inChannels);
  dx.fill(0);
  for (let b = 0; b < batchSize; b++) {
    for (let oh = 0; oh < outHeight; oh++) {
      const h0 = oh * strideHeight - top;
      const hStart = Math.max(0, h0);
      const hEnd = Math.min(inHeight, h0 + filterHeight);
      for (let ow = 0; ow < outWidth; ow++) {
        const w0 = ow * strideWidth - left;
        const wStart = Math.max(0, w0);
        const wEnd = Math.min(inWidth, w0 + filterWidth);
        best.fill(-Infinity);
        bestIndex.fill(-1);
        for (let h = hStart; h < hEnd; h++) {
          for (let w = wStart; w < wEnd; w++) {
            const base = ((b * inHeight + h) * inWidth + w) * inChannels;
            for (let c = 0; c < inChannels; c++) {
              const v = input[base + c]!;
              if (v > best[c]!) {
                best[c] = v;
                bestIndex[c] = base + c;
              }
            }
          }
        }
        const dyBase = ((b * outHeight + oh) * outWidth + ow) * inChannels;
        for (let c = 0; c < inChannels; c++) {
          const index = bestIndex[c]!;
          if (index >= 0) dx[index]! += dy[dyBase + c]!;
        }
      }
    }
  }
}

export const wasmMaxPoolGrad: KernelFunc = ({ inputs, attrs, backend }) => {
  const { dy, input } = inputs as NamedTensorInfoMap;
  const { filterSize, strides, pad, dimRoundingMode } = attrs as unknown as MaxPoolGradAttrs;
  const info = backend_util.computePool2DInfo(
    input!.shape as [number, number, number, number],
    filterSize,
    strides,
    1,
    pad,
    dimRoundingMode,
  );
  const heap = asWasmHeapBackend(backend as KernelBackend);
  const dx: TensorInfo = heap.makeOutput(input!.shape, "float32");
  // Views are taken after makeOutput, which may grow (and so detach) the wasm memory.
  maxPoolGradOnHeap(
    {
      dy: heap.typedArrayFromHeap(dy!) as Float32Array,
      input: heap.typedArrayFromHeap(input!) as Float32Array,
      dx: heap.typedArrayFromHeap(dx) as Float32Array,
    },
    info,
  );
  return dx;
};
