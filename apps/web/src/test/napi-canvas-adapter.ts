import { createCanvas, type Canvas } from "@napi-rs/canvas";

interface CanvasShape {
  width: number;
  height: number;
}

/** Gives happy-dom's <canvas> real 2D rendering (Skia) so tests can look at exported pixels. */
export class NapiCanvasAdapter {
  readonly #canvases = new WeakMap<CanvasShape, Canvas>();

  #backing(shape: CanvasShape): Canvas {
    let canvas = this.#canvases.get(shape);
    if (!canvas || canvas.width !== shape.width || canvas.height !== shape.height) {
      canvas = createCanvas(shape.width, shape.height);
      this.#canvases.set(shape, canvas);
    }
    return canvas;
  }

  getContext({ canvas }: { canvas: CanvasShape }, contextType: string) {
    return contextType === "2d" ? this.#backing(canvas).getContext("2d") : null;
  }

  toDataURL({ canvas }: { canvas: CanvasShape }, type?: string) {
    return this.#backing(canvas).toDataURL((type ?? "image/png") as "image/png");
  }

  toBlob({ canvas }: { canvas: CanvasShape }, callback: (blob: Blob | null) => void, type?: string) {
    const bytes = this.#backing(canvas).toBuffer("image/png");
    callback(new Blob([new Uint8Array(bytes)], { type: type ?? "image/png" }));
  }
}

/** Installs the adapter on the current happy-dom window. */
export function installCanvasAdapter(): void {
  const happyDOM = (window as unknown as { happyDOM: { settings: { canvasAdapter: unknown } } }).happyDOM;
  happyDOM.settings.canvasAdapter = new NapiCanvasAdapter();
}
