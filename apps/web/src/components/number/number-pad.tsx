"use client";
import { useCallback, useEffect, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { useColorScheme } from "@mui/material/styles";
import { drawStroke, type InkStyle, type Point, type Stroke } from "@/components/drawing/strokes";
import styles from "./number.module.css";

/** The pad is twice as wide as tall: room for a few digits side by side. */
export const NUMBER_PAD_ASPECT = 2;
/** Exported PNG: 560x280, the pad's height ten times MNIST's 28 px like the one-digit pad's export. */
export const NUMBER_EXPORT_HEIGHT = 280;
/** Line width as a fraction of the pad's height: digits drawn to about 70% of it get MNIST-like strokes. */
export const NUMBER_STROKE_WIDTH = 0.06;

const SCREEN_INK = {
  light: { background: "#ffffff", ink: "#111827" },
  dark: { background: "#0b0d12", ink: "#f3f4f6" },
};

// Points are in pad heights (x from 0 to NUMBER_PAD_ASPECT, y from 0 to 1), so drawStroke scales by the height.
function pointFrom(event: { clientX: number; clientY: number }, rect: DOMRect): Point {
  const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
  return {
    x: clamp((event.clientX - rect.left) / rect.height, NUMBER_PAD_ASPECT),
    y: clamp((event.clientY - rect.top) / rect.height, 1),
  };
}

function paint(ctx: CanvasRenderingContext2D, strokes: readonly Stroke[], height: number, style: InkStyle) {
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, height * NUMBER_PAD_ASPECT, height);
  for (const stroke of strokes) drawStroke(ctx, stroke, height, style);
}

/** The strokes as a 560x280 PNG, white ink on black like the one-digit pad's export. */
export function exportNumberDrawing(strokes: readonly Stroke[]): Promise<File> {
  const canvas = document.createElement("canvas");
  canvas.width = NUMBER_EXPORT_HEIGHT * NUMBER_PAD_ASPECT;
  canvas.height = NUMBER_EXPORT_HEIGHT;
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("This browser cannot draw on a canvas."));
  paint(ctx, strokes, NUMBER_EXPORT_HEIGHT, {
    background: "#000000",
    ink: "#ffffff",
    width: NUMBER_STROKE_WIDTH,
  });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(new File([blob], "number.png", { type: "image/png" }));
      else reject(new Error("The drawing could not be exported."));
    }, "image/png");
  });
}

export interface NumberPadProps {
  strokes: readonly Stroke[];
  onStrokesChange: (strokes: readonly Stroke[]) => void;
  disabled?: boolean;
}

/** A wide drawing pad for a whole number; Ctrl+Z undoes, Delete clears. */
export function NumberPad({ strokes, onStrokesChange, disabled }: NumberPadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const current = useRef<Point[] | null>(null);
  const { mode, systemMode } = useColorScheme();
  const scheme = (mode === "system" ? systemMode : mode) === "dark" ? "dark" : "light";
  const style: InkStyle = { ...SCREEN_INK[scheme], width: NUMBER_STROKE_WIDTH };
  const { background, ink } = style;

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const all = current.current ? [...strokes, current.current] : strokes;
    paint(ctx, all, canvas.height, { background, ink, width: NUMBER_STROKE_WIDTH });
  }, [strokes, background, ink]);

  // The backing store follows the element's size and the screen's pixel density, so lines stay crisp.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const height = Math.round(canvas.getBoundingClientRect().height * (window.devicePixelRatio || 1));
      if (height > 0 && height !== canvas.height) {
        canvas.height = height;
        canvas.width = height * NUMBER_PAD_ASPECT;
      }
      redraw();
    };
    resize();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [redraw]);

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    current.current = [pointFrom(event, event.currentTarget.getBoundingClientRect())];
    redraw();
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const stroke = current.current;
    const canvas = event.currentTarget;
    if (!stroke) return;
    const rect = canvas.getBoundingClientRect();
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length > 0 ? samples : [event]) stroke.push(pointFrom(sample, rect));
    const ctx = canvas.getContext("2d");
    if (ctx) drawStroke(ctx, stroke.slice(-3), canvas.height, style);
  };

  const finishStroke = () => {
    const stroke = current.current;
    if (!stroke) return;
    current.current = null;
    onStrokesChange([...strokes, stroke]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
      event.preventDefault();
      onStrokesChange(strokes.slice(0, -1));
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onStrokesChange([]);
    }
  };

  return (
    <div className={styles.padRow}>
      <canvas
        ref={canvasRef}
        className={styles.pad}
        data-testid="number-canvas"
        role="img"
        tabIndex={0}
        aria-label={`Number pad with ${strokes.length} ${strokes.length === 1 ? "stroke" : "strokes"}. Write a number of up to 12 digits, side by side. Ctrl+Z undoes, Delete clears.`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={finishStroke}
        onPointerCancel={finishStroke}
        onLostPointerCapture={finishStroke}
        onKeyDown={onKeyDown}
        data-disabled={disabled ? "true" : undefined}
      />
      <div className={styles.padActions}>
        <button
          type="button"
          className={styles.smallButton}
          onClick={() => onStrokesChange(strokes.slice(0, -1))}
          disabled={disabled || strokes.length === 0}
        >
          Undo
        </button>
        <button
          type="button"
          className={styles.smallButton}
          onClick={() => onStrokesChange([])}
          disabled={disabled || strokes.length === 0}
          data-testid="clear-number"
        >
          Clear
        </button>
      </div>
    </div>
  );
}
