import { drawStrokes, type Stroke } from "./strokes";

/** Ten times MNIST's 28 px: enough detail for the API's preprocessing, still a tiny PNG. */
export const EXPORT_SIZE = 280;

/** Renders the strokes as white ink on black, MNIST's polarity, whatever the on-screen theme. */
export function exportDrawing(strokes: readonly Stroke[], strokeWidth: number): Promise<File> {
  const canvas = document.createElement("canvas");
  canvas.width = EXPORT_SIZE;
  canvas.height = EXPORT_SIZE;
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("This browser cannot draw on a canvas."));
  drawStrokes(ctx, strokes, EXPORT_SIZE, { background: "#000000", ink: "#ffffff", width: strokeWidth });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(new File([blob], "drawing.png", { type: "image/png" }));
      else reject(new Error("The drawing could not be exported."));
    }, "image/png");
  });
}
