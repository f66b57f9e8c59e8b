import * as tf from "@tensorflow/tfjs";
import type { TensorInfo } from "@tensorflow/tfjs";

/** Kernels receive TensorInfos; ops need Tensors (the engine usually passes Tensors already). */
export function asTensor<R extends tf.Rank>(info: TensorInfo): tf.Tensor<R> {
  if (info instanceof tf.Tensor) return info as tf.Tensor<R>;
  return tf.engine().makeTensorFromTensorInfo(info) as tf.Tensor<R>;
}
