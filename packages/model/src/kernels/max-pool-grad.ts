import * as tf from "@tensorflow/tfjs-core";
import { backend_util, type KernelFunc, type NamedTensorInfoMap } from "@tensorflow/tfjs-core";
import { asTensor } from "./as-tensor.js";

export interface MaxPoolGradAttrs {
  filterSize: [number, number] | number;
  strides: [number, number] | number;
  pad: "valid" | "same" | number;
  dimRoundingMode?: "floor" | "round" | "ceil";
}

function poolInfo(inputShape: [number, number, number, number], attrs: MaxPoolGradAttrs) {
  return backend_util.computePool2DInfo(inputShape, attrs.filterSize, attrs.strides, 1, attrs.pad, attrs.dimRoundingMode);
}

/** Non-overlapping, unpadded windows: the usual 2x2/stride-2 pooling (rows/columns past the last window get no gradient). */
export function canMaxPoolGradByTiles(inputShape: [number, number, number, number], attrs: MaxPoolGradAttrs): boolean {
  const info = poolInfo(inputShape, attrs);
  const { padInfo } = info;
  return (
    info.filterHeight === info.strideHeight &&
    info.filterWidth === info.strideWidth &&
    padInfo.top === 0 &&
    padInfo.left === 0 &&
    padInfo.bottom === 0 &&
    padInfo.right === 0
  );
}

/**
 * Routes dy to the first maximum of each window (row-major, as the cpu backend does) with
 * whole-tensor ops: one strided slice per window position, so it runs at memory speed.
 */
export function maxPoolGradByTiles(
  dy: tf.Tensor4D,
  input: tf.Tensor4D,
  output: tf.Tensor4D,
  attrs: MaxPoolGradAttrs,
): tf.Tensor4D {
  const info = poolInfo(input.shape, attrs);
  const { strideHeight: sh, strideWidth: sw } = info;
  const [n, inHeight, inWidth, c] = input.shape;
  const h = info.outHeight * sh;
  const w = info.outWidth * sw;
  return tf.tidy(() => {
    let taken: tf.Tensor4D = tf.zerosLike(output);
    const rows: tf.Tensor4D[] = [];
    for (let i = 0; i < sh; i++) {
      const columns: tf.Tensor4D[] = [];
      for (let j = 0; j < sw; j++) {
        const window = tf.stridedSlice(input, [0, i, j, 0], [n, h, w, c], [1, sh, sw, 1]) as tf.Tensor4D;
        const isMax = tf.cast(tf.equal(window, output), "float32");
        const first = tf.mul(isMax, tf.sub(1, taken));
        taken = tf.add(taken, first);
        columns.push(tf.mul(first, dy));
      }
      // [N,OH,OW,sw,C] -> [N,OH,W,C]: column j of window ow lands at w = ow*sw + j.
      rows.push(tf.reshape(tf.stack(columns, 3), [n, info.outHeight, w, c]));
    }
    const covered = tf.reshape(tf.stack(rows, 2), [n, h, w, c]);
    if (h === inHeight && w === inWidth) return covered;
    return tf.pad(covered, [[0, 0], [0, inHeight - h], [0, inWidth - w], [0, 0]]);
  });
}

export function makeWasmMaxPoolGrad(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { dy, input, output } = args.inputs as NamedTensorInfoMap;
    const attrs = args.attrs as unknown as MaxPoolGradAttrs;
    const shape = input!.shape as [number, number, number, number];
    if (!canMaxPoolGradByTiles(shape, attrs)) return fallback(args);
    return maxPoolGradByTiles(
      asTensor<tf.Rank.R4>(dy!),
      asTensor<tf.Rank.R4>(input!),
      asTensor<tf.Rank.R4>(output!),
      attrs,
    );
  };
}
