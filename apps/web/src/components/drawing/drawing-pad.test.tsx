import { loadImage, createCanvas } from "@napi-rs/canvas";
import { createEvent, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { installCanvasAdapter } from "@/test/napi-canvas-adapter";
import { DrawingPad } from "./drawing-pad";
import { EXPORT_SIZE, exportDrawing } from "./export-drawing";
import { DEFAULT_STROKE_WIDTH, type Stroke } from "./strokes";

beforeAll(() => {
  installCanvasAdapter();
});

let latest: readonly Stroke[] = [];

function Harness() {
  const [strokes, setStrokes] = useState<readonly Stroke[]>([]);
  const [width, setWidth] = useState(DEFAULT_STROKE_WIDTH);
  const onStrokesChange = (next: readonly Stroke[]) => {
    latest = next;
    setStrokes(next);
  };
  return (
    <DrawingPad
      strokes={strokes}
      onStrokesChange={onStrokesChange}
      strokeWidth={width}
      onStrokeWidthChange={setWidth}
    />
  );
}

function renderPad(): HTMLCanvasElement {
  latest = [];
  render(<Harness />);
  const canvas = screen.getByTestId("drawing-canvas") as HTMLCanvasElement;
  canvas.getBoundingClientRect = () => ({
    left: 0,
    top: 0,
    width: 200,
    height: 200,
    right: 200,
    bottom: 200,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  return canvas;
}

function drawLine(canvas: HTMLCanvasElement, from: [number, number], to: [number, number]) {
  fireEvent.pointerDown(canvas, {
    pointerId: 1,
    button: 0,
    pointerType: "mouse",
    clientX: from[0],
    clientY: from[1],
  });
  for (let i = 1; i <= 10; i++) {
    const t = i / 10;
    fireEvent.pointerMove(canvas, {
      pointerId: 1,
      pointerType: "mouse",
      clientX: from[0] + (to[0] - from[0]) * t,
      clientY: from[1] + (to[1] - from[1]) * t,
    });
  }
  fireEvent.pointerUp(canvas, { pointerId: 1, pointerType: "mouse" });
}

/** Brightness (0-255) of the exported PNG at a point given in fractions of its side. */
async function brightnessAt(file: File, points: Array<[number, number]>): Promise<number[]> {
  const image = await loadImage(Buffer.from(await file.arrayBuffer()));
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext("2d");
  ctx.drawImage(image, 0, 0);
  return points.map(
    ([x, y]) => ctx.getImageData(Math.round(x * image.width), Math.round(y * image.height), 1, 1).data[0]!,
  );
}

describe("DrawingPad", () => {
  it("records pointer strokes in fractions of the pad and exports them as white ink on a black PNG", async () => {
    const canvas = renderPad();
    drawLine(canvas, [100, 20], [100, 180]);

    expect(latest).toHaveLength(1);
    expect(latest[0]![0]).toEqual({ x: 0.5, y: 0.1 });
    expect(latest[0]!.at(-1)).toEqual({ x: 0.5, y: 0.9 });

    const file = await exportDrawing(latest, DEFAULT_STROKE_WIDTH);
    expect(file.type).toBe("image/png");
    expect(file.name).toBe("drawing.png");
    const image = await loadImage(Buffer.from(await file.arrayBuffer()));
    expect([image.width, image.height]).toEqual([EXPORT_SIZE, EXPORT_SIZE]);
    const [onStroke, beside, corner] = await brightnessAt(file, [
      [0.5, 0.5],
      [0.7, 0.5],
      [0.05, 0.05],
    ]);
    expect(onStroke).toBe(255);
    expect(beside).toBe(0);
    expect(corner).toBe(0);
  });

  it("undoes the last stroke and clears all of them", () => {
    const canvas = renderPad();
    drawLine(canvas, [20, 20], [180, 20]);
    drawLine(canvas, [20, 100], [180, 100]);
    expect(latest).toHaveLength(2);

    fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(latest).toHaveLength(1);
    expect(latest[0]![0]!.y).toBeCloseTo(0.1);

    drawLine(canvas, [20, 180], [180, 180]);
    fireEvent.click(screen.getByTestId("clear-canvas"));
    expect(latest).toEqual([]);
    expect(screen.getByTestId("clear-canvas")).toHaveProperty("disabled", true);
  });

  it("keeps every stroke when the next one ends before the page has rendered the last", async () => {
    const canvas = renderPad();
    const act = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const wasAct = act.IS_REACT_ACT_ENVIRONMENT;
    // Events dispatched outside act: the pad's update is a transition, still pending at the next stroke.
    act.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      for (const y of [40, 100, 160]) {
        const at = { pointerId: 1, button: 0, pointerType: "mouse", clientX: 20, clientY: y };
        canvas.dispatchEvent(createEvent.pointerDown(canvas, at));
        canvas.dispatchEvent(createEvent.pointerMove(canvas, { ...at, clientX: 180 }));
        canvas.dispatchEvent(createEvent.pointerUp(canvas, at));
      }
      expect(latest.map((stroke) => stroke[0]!.y)).toEqual([0.2, 0.5, 0.8]);
      await waitFor(() => expect(canvas.getAttribute("aria-label")).toContain("with 3 strokes"));
    } finally {
      act.IS_REACT_ACT_ENVIRONMENT = wasAct;
    }
  });

  it("exports a blank pad as an all-black image", async () => {
    const file = await exportDrawing([], DEFAULT_STROKE_WIDTH);
    const values = await brightnessAt(file, [
      [0.5, 0.5],
      [0.1, 0.9],
    ]);
    expect(values).toEqual([0, 0]);
  });

  it("ignores right-button presses and keeps a single tap as a dot", async () => {
    const canvas = renderPad();
    fireEvent.pointerDown(canvas, {
      pointerId: 2,
      button: 2,
      pointerType: "mouse",
      clientX: 50,
      clientY: 50,
    });
    fireEvent.pointerUp(canvas, { pointerId: 2, pointerType: "mouse" });
    expect(latest).toEqual([]);

    fireEvent.pointerDown(canvas, { pointerId: 3, button: 0, pointerType: "pen", clientX: 50, clientY: 150 });
    fireEvent.pointerUp(canvas, { pointerId: 3, pointerType: "pen" });
    expect(latest).toEqual([[{ x: 0.25, y: 0.75 }]]);
    const [dot] = await brightnessAt(await exportDrawing(latest, DEFAULT_STROKE_WIDTH), [[0.25, 0.75]]);
    expect(dot).toBe(255);
  });
});
