import type { DigitReading, RecognitionRefusalCode } from "@digit-lab/model/browser";

/** A model version as the API lists it: where its browser files are, under its content id. */
export interface LiveModelInfo {
  id: string;
  name: string;
  contentId: string;
  browserModelPath: string;
}

/** A canvas's RGBA pixels as getImageData gives them; the buffer is transferred, not copied. */
export interface DrawingPixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** What the worker reads of a drawing: the reading, its refusal code and the 28x28 input (784 values in 0..1). */
export interface WorkerReading {
  reading: DigitReading;
  refusal: RecognitionRefusalCode | undefined;
  input: Float32Array;
}

/** Page to worker. `check`: ask the API which version serves and load it if it is new. */
export type LiveRequest =
  | { type: "check"; remembered: LiveModelInfo | undefined }
  | { type: "read"; id: number; pixels: DrawingPixels };

/**
 * Worker to page. `checked`: the version the worker reads with now (undefined: none could be loaded),
 * `changed` when it was loaded by this check. `live: null`: no ink to read.
 */
export type LiveAnswer =
  | { type: "checked"; model: LiveModelInfo | undefined; changed: boolean }
  | { type: "read"; id: number; live: WorkerReading | null }
  | { type: "read-failed"; id: number; message: string };
