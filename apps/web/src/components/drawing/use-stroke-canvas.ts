"use client";
import { useColorScheme } from "@mui/material/styles";
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { drawStroke, drawStrokes, type InkStyle, type Point, type Stroke } from "./strokes";

const SCREEN_INK = {
  light: { background: "#ffffff", ink: "#111827" },
  dark: { background: "#0b0d12", ink: "#f3f4f6" },
};

export interface StrokeCanvasOptions {
  strokes: readonly Stroke[];
  onStrokesChange: (strokes: readonly Stroke[]) => void;
  /** Line width as a fraction of the pad's height. */
  strokeWidth: number;
  /** Width over height; points are in pad heights (x from 0 to aspect, y from 0 to 1). */
  aspect?: number;
  /** Called as a stroke begins, before it is added with `onStrokesChange`. */
  onStrokeStart?: () => void;
  /** Called with the stroke being drawn as it grows (pointer down and every move), before it ends. */
  onStrokeProgress?: (stroke: Stroke) => void;
  disabled?: boolean;
}

/** A drawing surface: strokes from mouse, pen or finger, redrawn crisply at any size; Ctrl+Z undoes, Delete clears. */
export function useStrokeCanvas({
  strokes,
  onStrokesChange,
  strokeWidth,
  aspect = 1,
  onStrokeStart,
  onStrokeProgress,
  disabled,
}: StrokeCanvasOptions) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const current = useRef<Point[] | null>(null);
  // The canvas's box, measured as a stroke begins: reading it at every move forced a layout each time.
  const box = useRef<DOMRect | null>(null);
  // The drawing as the pad shows it: `strokes`, or a newer one handed to onStrokesChange and not rendered yet.
  const shown = useRef(strokes);
  useLayoutEffect(() => {
    shown.current = strokes;
  }, [strokes]);
  const { mode, systemMode } = useColorScheme();
  const scheme = (mode === "system" ? systemMode : mode) === "dark" ? "dark" : "light";
  const style: InkStyle = useMemo(
    () => ({ ...SCREEN_INK[scheme], width: strokeWidth }),
    [scheme, strokeWidth],
  );

  const redraw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const finished = shown.current;
    drawStrokes(
      ctx,
      current.current ? [...finished, current.current] : finished,
      canvas.height,
      style,
      aspect,
    );
    // `strokes` is read through `shown`; listed so a new drawing redraws.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [strokes, style, aspect]);
  const redrawRef = useRef(redraw);
  useLayoutEffect(() => {
    redrawRef.current = redraw;
  }, [redraw]);

  // The backing store follows the element's size and the screen's pixel density, so lines stay crisp.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const height = Math.round(canvas.getBoundingClientRect().height * (window.devicePixelRatio || 1));
      if (height > 0 && height !== canvas.height) {
        canvas.height = height;
        canvas.width = Math.round(height * aspect);
      }
      redrawRef.current();
    };
    resize();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(resize);
    observer.observe(canvas);
    return () => observer.disconnect();
  }, [aspect]);

  // A new drawing or style repaints, without re-creating the observer (whose first callback would repaint again).
  useEffect(() => redraw(), [redraw]);

  const pointFrom = (event: { clientX: number; clientY: number }, rect: DOMRect): Point => {
    const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));
    return {
      x: clamp((event.clientX - rect.left) / rect.height, aspect),
      y: clamp((event.clientY - rect.top) / rect.height, 1),
    };
  };

  const onPointerDown = (event: PointerEvent<HTMLCanvasElement>) => {
    if (disabled || (event.pointerType === "mouse" && event.button !== 0)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    box.current = event.currentTarget.getBoundingClientRect();
    current.current = [pointFrom(event, box.current)];
    onStrokeStart?.();
    redraw();
    onStrokeProgress?.(current.current);
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const stroke = current.current;
    const canvas = event.currentTarget;
    if (!stroke) return;
    const rect = box.current ?? canvas.getBoundingClientRect();
    // Coalesced events keep fast pen and finger strokes smooth between animation frames.
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length > 0 ? samples : [event]) stroke.push(pointFrom(sample, rect));
    const ctx = canvas.getContext("2d");
    if (ctx) drawStroke(ctx, stroke.slice(-3), canvas.height, style);
    onStrokeProgress?.(stroke);
  };

  const finishStroke = () => {
    const stroke = current.current;
    if (!stroke) return;
    current.current = null;
    const next = [...shown.current, stroke];
    shown.current = next;
    // The page's re-render is not urgent: the stroke is on screen already, and the live reading
    // (sent synchronously by onStrokesChange) answers first instead of waiting behind it.
    startTransition(() => onStrokesChange(next));
  };

  // Stable, so controls that only undo or clear need not re-render with every stroke.
  const change = useRef(onStrokesChange);
  useLayoutEffect(() => {
    change.current = onStrokesChange;
  }, [onStrokesChange]);
  const undo = useCallback(() => change.current(shown.current.slice(0, -1)), []);
  const clear = useCallback(() => change.current([]), []);

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
      event.preventDefault();
      undo();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      clear();
    }
  };

  return {
    canvasRef,
    undo,
    clear,
    /** Spread on the <canvas>. */
    canvasHandlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: finishStroke,
      onPointerCancel: finishStroke,
      onLostPointerCapture: finishStroke,
      onKeyDown,
    },
  };
}
