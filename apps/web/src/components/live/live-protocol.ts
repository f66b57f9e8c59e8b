import type { DigitReading, RecognitionRefusalCode } from "@digit-lab/model/browser";

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

/** Page to worker. */
export type LiveRequest =
  { type: "load"; contentId: string; modelUrl: string } | { type: "read"; id: number; pixels: DrawingPixels };

/** Worker to page. `live: null`: no ink to read. */
export type LiveAnswer =
  | { type: "loaded"; contentId: string }
  | { type: "load-failed"; contentId: string; message: string }
  | { type: "read"; id: number; live: WorkerReading | null }
  | { type: "read-failed"; id: number; message: string };
