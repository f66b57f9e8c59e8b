/** A point as a fraction of the drawing's side, so strokes survive any canvas size. */
export interface Point {
  x: number;
  y: number;
}

export type Stroke = readonly Point[];

export interface InkStyle {
  background: string;
  ink: string;
  /** Line width as a fraction of the canvas side. */
  width: number;
}

/** Default width: MNIST strokes are about a tenth of the digit's height, which fills ~70% of the pad. */
export const DEFAULT_STROKE_WIDTH = 0.07;

export function drawStroke(
  ctx: CanvasRenderingContext2D,
  stroke: Stroke,
  size: number,
  style: InkStyle,
): void {
  const first = stroke[0];
  if (!first) return;
  ctx.strokeStyle = style.ink;
  ctx.fillStyle = style.ink;
  ctx.lineWidth = style.width * size;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  if (stroke.length === 1) {
    ctx.beginPath();
    ctx.arc(first.x * size, first.y * size, (style.width * size) / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.beginPath();
  ctx.moveTo(first.x * size, first.y * size);
  // Curves through the midpoints smooth out the jitter of sampled pointer positions.
  for (let i = 1; i < stroke.length - 1; i++) {
    const p = stroke[i]!;
    const q = stroke[i + 1]!;
    ctx.quadraticCurveTo(p.x * size, p.y * size, ((p.x + q.x) / 2) * size, ((p.y + q.y) / 2) * size);
  }
  const last = stroke[stroke.length - 1]!;
  ctx.lineTo(last.x * size, last.y * size);
  ctx.stroke();
}

/** Paints the background and the strokes on a canvas `size` tall and `aspect` times as wide. */
export function drawStrokes(
  ctx: CanvasRenderingContext2D,
  strokes: readonly Stroke[],
  size: number,
  style: InkStyle,
  aspect = 1,
): void {
  ctx.fillStyle = style.background;
  ctx.fillRect(0, 0, size * aspect, size);
  for (const stroke of strokes) drawStroke(ctx, stroke, size, style);
}
