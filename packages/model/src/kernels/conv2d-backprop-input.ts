import * as tf from "@tensorflow/tfjs";
import { backend_util, type KernelFunc, type NamedTensorInfoMap } from "@tensorflow/tfjs";
import { asTensor } from "./as-tensor.js";

export interface BackpropInputAttrs {
  strides: [number, number] | number;
  pad: "valid" | "same" | number | backend_util.ExplicitPadding;
  dataFormat: "NHWC" | "NCHW";
  dimRoundingMode?: "floor" | "round" | "ceil";
  inputShape: [number, number, number, number];
}

/** The fast formulation needs unit strides; other cases keep the backend's own kernel. */
export function canBackpropInputViaConv2d(filterShape: readonly number[], attrs: BackpropInputAttrs): boolean {
  if (attrs.dataFormat === "NCHW") return false;
  const info = backend_util.computeConv2DInfo(
    attrs.inputShape,
    filterShape as [number, number, number, number],
    attrs.strides,
    1,
    attrs.pad,
    attrs.dimRoundingMode,
  );
  return (
    info.strideHeight === 1 &&
    info.strideWidth === 1 &&
    info.padInfo.top < info.filterHeight &&
    info.padInfo.bottom < info.filterHeight &&
    info.padInfo.left < info.filterWidth &&
    info.padInfo.right < info.filterWidth
  );
}

/** dx for a unit-stride conv: a "full" convolution of dy with the flipped, in/out-swapped filter. */
export function conv2dBackpropInputViaConv2d(
  dy: tf.Tensor4D,
  filter: tf.Tensor4D,
  attrs: BackpropInputAttrs,
): tf.Tensor4D {
  const info = backend_util.computeConv2DInfo(attrs.inputShape, filter.shape, attrs.strides, 1, attrs.pad);
  const { filterHeight: kh, filterWidth: kw } = info;
  return tf.tidy(() => {
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    const padding: backend_util.ExplicitPadding = [
      [0, 0],
      [kh - 1 - info.padInfo.top, kh - 1 - info.padInfo.bottom],
      [kw - 1 - info.padInfo.left, kw - 1 - info.padInfo.right],
      [0, 0],
    ];
    return tf.conv2d(dy, flipped, 1, padding);
  });
}

export function makeWasmConv2dBackpropInput(fallback: KernelFunc): KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as NamedTensorInfoMap;
    const attrs = args.attrs as unknown as BackpropInputAttrs;
    if (!canBackpropInputViaConv2d(filter!.shape, attrs)) return fallback(args);
    return conv2dBackpropInputViaConv2d(asTensor<tf.Rank.R4>(dy!), asTensor<tf.Rank.R4>(filter!), attrs);
  };
}
