import * as tf from "@tensorflow/tfjs";
import { backend_util, type KernelConfig, type NamedTensorInfoMap } from "@tensorflow/tfjs";
import { asTensor } from "./as-tensor.js";

export interface BackpropFilterAttrs {
  strides: [number, number] | number;
  pad: "valid" | "same" | number | backend_util.ExplicitPadding;
  dataFormat: "NHWC" | "NCHW";
  dimRoundingMode?: "floor" | "round" | "ceil";
  filterShape: [number, number, number, number];
}

/**
 * dW as one forward convolution, so it runs on the backend's fast Conv2D:
 * correlate x (as [Ci,H,W,N]) with dy (as the filter [OH,OW,N,Co]), dilated by the strides.
 */
export function conv2dBackpropFilterViaConv2d(
  x: tf.Tensor4D,
  dy: tf.Tensor4D,
  attrs: BackpropFilterAttrs,
): tf.Tensor4D {
  if (attrs.dataFormat === "NCHW") {
    throw new Error(`Conv2DBackpropFilter: dataFormat "${attrs.dataFormat}" is not supported, use NHWC`);
  }
  const info = backend_util.computeConv2DInfo(
    x.shape,
    attrs.filterShape,
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  const [filterHeight, filterWidth] = attrs.filterShape;
  return tf.tidy(() => {
    const input = tf.transpose(x, [3, 1, 2, 0]);
    const filter = tf.transpose(dy, [1, 2, 0, 3]);
    const padding: backend_util.ExplicitPadding = [
      [0, 0],
      [info.padInfo.top, info.padInfo.bottom],
      [info.padInfo.left, info.padInfo.right],
      [0, 0],
    ];
    const full = tf.conv2d(input, filter, 1, padding, "NHWC", [info.strideHeight, info.strideWidth]);
    const cropped =
      full.shape[1] === filterHeight && full.shape[2] === filterWidth
        ? full
        : tf.slice(full, [0, 0, 0, 0], [-1, filterHeight, filterWidth, -1]);
    return tf.transpose(cropped, [1, 2, 0, 3]);
  });
}

export const wasmConv2dBackpropFilterConfig: KernelConfig = {
  kernelName: "Conv2DBackpropFilter",
  backendName: "wasm",
  kernelFunc: ({ inputs, attrs }) => {
    const { x, dy } = inputs as NamedTensorInfoMap;
    return conv2dBackpropFilterViaConv2d(
      asTensor<tf.Rank.R4>(x!),
      asTensor<tf.Rank.R4>(dy!),
      attrs as unknown as BackpropFilterAttrs,
    );
  },
};
