"use client";
import { drawStrokes, type Stroke } from "@/components/drawing/strokes";
import { useStrokeCanvas } from "@/components/drawing/use-stroke-canvas";
import canvasStyles from "@/components/drawing/stroke-canvas.module.css";
import styles from "./number.module.css";

/** The pad is twice as wide as tall: room for a few digits side by side. */
export const NUMBER_PAD_ASPECT = 2;
/** Exported PNG: 560x280, the pad's height ten times MNIST's 28 px like the one-digit pad's export. */
export const NUMBER_EXPORT_HEIGHT = 280;
/** Line width as a fraction of the pad's height: digits drawn to about 70% of it get MNIST-like strokes. */
export const NUMBER_STROKE_WIDTH = 0.06;

/** The strokes as a 560x280 PNG, white ink on black like the one-digit pad's export. */
export function exportNumberDrawing(strokes: readonly Stroke[]): Promise<File> {
  const canvas = document.createElement("canvas");
  canvas.width = NUMBER_EXPORT_HEIGHT * NUMBER_PAD_ASPECT;
  canvas.height = NUMBER_EXPORT_HEIGHT;
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.reject(new Error("This browser cannot draw on a canvas."));
  drawStrokes(
    ctx,
    strokes,
    NUMBER_EXPORT_HEIGHT,
    { background: "#000000", ink: "#ffffff", width: NUMBER_STROKE_WIDTH },
    NUMBER_PAD_ASPECT,
  );
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
  const { canvasRef, canvasHandlers, undo, clear } = useStrokeCanvas({
    strokes,
    onStrokesChange,
    strokeWidth: NUMBER_STROKE_WIDTH,
    aspect: NUMBER_PAD_ASPECT,
    disabled,
  });

  return (
    <div className={styles.padRow}>
      <canvas
        ref={canvasRef}
        className={`${canvasStyles.surface} ${styles.pad}`}
        data-testid="number-canvas"
        role="img"
        tabIndex={0}
        aria-label={`Number pad with ${strokes.length} ${strokes.length === 1 ? "stroke" : "strokes"}. Write a number of up to 12 digits, side by side. Ctrl+Z undoes, Delete clears.`}
        {...canvasHandlers}
        data-disabled={disabled ? "true" : undefined}
      />
      <div className={styles.padActions}>
        <button
          type="button"
          className={styles.smallButton}
          onClick={undo}
          disabled={disabled || strokes.length === 0}
        >
          Undo
        </button>
        <button
          type="button"
          className={styles.smallButton}
          onClick={clear}
          disabled={disabled || strokes.length === 0}
          data-testid="clear-number"
        >
          Clear
        </button>
      </div>
    </div>
  );
}
