"use client";
import ClearOutlined from "@mui/icons-material/ClearOutlined";
import UndoOutlined from "@mui/icons-material/UndoOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useColorScheme } from "@mui/material/styles";
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent, type PointerEvent } from "react";
import { Icon, LINE_WEIGHT } from "@/components/shell/icons";
import styles from "./drawing-pad.module.css";
import { drawStroke, drawStrokes, type InkStyle, type Point, type Stroke } from "./strokes";

export interface DrawingPadProps {
  strokes: readonly Stroke[];
  onStrokesChange: (strokes: readonly Stroke[]) => void;
  strokeWidth: number;
  onStrokeWidthChange: (width: number) => void;
  /** Called as a stroke begins, before it is added with `onStrokesChange`. */
  onStrokeStart?: () => void;
  /** Called with the stroke being drawn as it grows (pointer down and every move), before it ends. */
  onStrokeProgress?: (stroke: Stroke) => void;
  disabled?: boolean;
}

const SCREEN_INK = {
  light: { background: "#ffffff", ink: "#111827" },
  dark: { background: "#0b0d12", ink: "#f3f4f6" },
};

function pointFrom(event: { clientX: number; clientY: number }, rect: DOMRect): Point {
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return {
    x: clamp((event.clientX - rect.left) / rect.width),
    y: clamp((event.clientY - rect.top) / rect.height),
  };
}

export function DrawingPad({
  strokes,
  onStrokesChange,
  strokeWidth,
  onStrokeWidthChange,
  onStrokeStart,
  onStrokeProgress,
  disabled,
}: DrawingPadProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const current = useRef<Point[] | null>(null);
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
    drawStrokes(ctx, current.current ? [...strokes, current.current] : strokes, canvas.width, style);
  }, [strokes, style]);

  // The backing store follows the element's size and the screen's pixel density, so lines stay crisp.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const resize = () => {
      const side = Math.round(canvas.getBoundingClientRect().width * (window.devicePixelRatio || 1));
      if (side > 0 && side !== canvas.width) {
        canvas.width = side;
        canvas.height = side;
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
    onStrokeStart?.();
    redraw();
    onStrokeProgress?.(current.current);
  };

  const onPointerMove = (event: PointerEvent<HTMLCanvasElement>) => {
    const stroke = current.current;
    const canvas = event.currentTarget;
    if (!stroke) return;
    const rect = canvas.getBoundingClientRect();
    // Coalesced events keep fast pen and finger strokes smooth between animation frames.
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    for (const sample of samples.length > 0 ? samples : [event]) stroke.push(pointFrom(sample, rect));
    const ctx = canvas.getContext("2d");
    if (ctx) drawStroke(ctx, stroke.slice(-3), canvas.width, style);
    onStrokeProgress?.(stroke);
  };

  const finishStroke = () => {
    const stroke = current.current;
    if (!stroke) return;
    current.current = null;
    onStrokesChange([...strokes, stroke]);
  };

  const undo = () => onStrokesChange(strokes.slice(0, -1));
  const clear = () => onStrokesChange([]);

  const onKeyDown = (event: KeyboardEvent<HTMLCanvasElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
      event.preventDefault();
      undo();
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      clear();
    }
  };

  return (
    <Stack spacing={1.5} sx={{ alignItems: "center" }}>
      <Box
        component="canvas"
        ref={canvasRef}
        data-testid="drawing-canvas"
        role="img"
        tabIndex={0}
        aria-label={`Drawing pad with ${strokes.length} ${strokes.length === 1 ? "stroke" : "strokes"}. Draw one digit with a mouse, pen or finger. Ctrl+Z undoes, Delete clears.`}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={finishStroke}
        onPointerCancel={finishStroke}
        onLostPointerCapture={finishStroke}
        onKeyDown={onKeyDown}
        sx={{
          width: "100%",
          maxWidth: 320,
          aspectRatio: "1",
          display: "block",
          borderRadius: 2,
          border: 2,
          borderColor: "divider",
          cursor: disabled ? "not-allowed" : "crosshair",
          // Without this, a finger drawing on a phone would scroll the page instead.
          touchAction: "none",
          "&:focus-visible": { outline: 3, outlineColor: "primary.main", outlineOffset: 2 },
        }}
      />
      <Stack direction="row" spacing={1} sx={{ width: "100%", maxWidth: 320, alignItems: "center" }}>
        <Button
          size="small"
          variant="outlined"
          startIcon={<UndoOutlined />}
          onClick={undo}
          disabled={disabled || strokes.length === 0}
        >
          Undo
        </Button>
        <Button
          size="small"
          variant="outlined"
          startIcon={<ClearOutlined />}
          onClick={clear}
          disabled={disabled || strokes.length === 0}
          data-testid="clear-canvas"
        >
          Clear
        </Button>
        <Icon path={LINE_WEIGHT} className={styles.rangeIcon} />
        <input
          type="range"
          className={styles.range}
          value={strokeWidth}
          min={0.03}
          max={0.12}
          step={0.01}
          onChange={(event) => onStrokeWidthChange(Number(event.target.value))}
          aria-label="Stroke width"
          aria-valuetext={`${Math.round(strokeWidth * 100)}% of the pad`}
        />
      </Stack>
    </Stack>
  );
}
