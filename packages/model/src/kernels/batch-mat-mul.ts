import * as tf from "@tensorflow/tfjs";
import type { KernelFunc, NamedTensorInfoMap } from "@tensorflow/tfjs";
import { asTensor } from "./as-tensor.js";

interface BatchMatMulAttrs {
  transposeA: boolean;
  transposeB: boolean;
}

/**
 * The wasm BatchMatMul is ~5x slower with a transposed operand (every dense-layer gradient has one)
 * than an explicit Transpose followed by the plain product, so transpose first.
 */
export function makeWasmBatchMatMul(original: KernelFunc): KernelFunc {
  return (args) => {
    const { transposeA, transposeB } = args.attrs as unknown as BatchMatMulAttrs;
    if (!transposeA && !transposeB) return original(args);
    const { a, b } = args.inputs as NamedTensorInfoMap;
    return tf.tidy(() => {
      const swapLast = (t: tf.Tensor) => {
        const perm = t.shape.map((_, i) => i);
        const rank = perm.length;
        [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1]!, perm[rank - 2]!];
        return tf.transpose(t, perm);
      };
      const left = transposeA ? swapLast(asTensor(a!)) : asTensor(a!);
      const right = transposeB ? swapLast(asTensor(b!)) : asTensor(b!);
      return tf.matMul(left, right);
    });
  };
}
