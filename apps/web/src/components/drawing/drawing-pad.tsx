"use client";
import ClearOutlined from "@mui/icons-material/ClearOutlined";
import UndoOutlined from "@mui/icons-material/UndoOutlined";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { memo } from "react";
import { Icon, LINE_WEIGHT } from "@/components/shell/icons";
import styles from "./drawing-pad.module.css";
import canvasStyles from "./stroke-canvas.module.css";
import type { Stroke } from "./strokes";
import { useStrokeCanvas } from "./use-stroke-canvas";

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

export function DrawingPad({
  strokes,
  onStrokesChange,
  strokeWidth,
  onStrokeWidthChange,
  onStrokeStart,
  onStrokeProgress,
  disabled,
}: DrawingPadProps) {
  const { canvasRef, canvasHandlers, undo, clear } = useStrokeCanvas({
    strokes,
    onStrokesChange,
    strokeWidth,
    onStrokeStart,
    onStrokeProgress,
    disabled,
  });

  return (
    <Stack spacing={1.5} sx={{ alignItems: "center" }}>
      <canvas
        ref={canvasRef}
        className={`${canvasStyles.surface} ${styles.canvas}`}
        data-disabled={disabled ? "true" : undefined}
        data-testid="drawing-canvas"
        role="img"
        tabIndex={0}
        aria-label={`Drawing pad with ${strokes.length} ${strokes.length === 1 ? "stroke" : "strokes"}. Draw one digit with a mouse, pen or finger. Ctrl+Z undoes, Delete clears.`}
        {...canvasHandlers}
      />
      <PadControls
        empty={strokes.length === 0}
        disabled={disabled}
        undo={undo}
        clear={clear}
        strokeWidth={strokeWidth}
        onStrokeWidthChange={onStrokeWidthChange}
      />
    </Stack>
  );
}

interface PadControlsProps {
  empty: boolean;
  disabled: boolean | undefined;
  undo: () => void;
  clear: () => void;
  strokeWidth: number;
  onStrokeWidthChange: (width: number) => void;
}

/** Undo, Clear and the width: memoised, so a finished stroke does not re-render its MUI buttons. */
const PadControls = memo(function PadControls({
  empty,
  disabled,
  undo,
  clear,
  strokeWidth,
  onStrokeWidthChange,
}: PadControlsProps) {
  return (
    <Stack direction="row" spacing={1} sx={{ width: "100%", maxWidth: 320, alignItems: "center" }}>
      <Button
        size="small"
        variant="outlined"
        startIcon={<UndoOutlined />}
        onClick={undo}
        disabled={disabled || empty}
      >
        Undo
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ClearOutlined />}
        onClick={clear}
        disabled={disabled || empty}
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
  );
});
