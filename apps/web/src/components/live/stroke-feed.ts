import type { Stroke } from "@/components/drawing/strokes";

export interface StrokeFeedListener {
  /** The stroke being drawn, as it grows. */
  progress(stroke: Stroke): void;
  /** The drawing has just changed to `strokes` (a stroke ended, undo, clear), before the page re-renders. */
  settled?(strokes: readonly Stroke[]): void;
}

/** The pad's drawing, passed to the live panel without waiting for (or causing) a re-render of the page. */
export interface StrokeFeed {
  push(stroke: Stroke): void;
  settle(strokes: readonly Stroke[]): void;
  subscribe(listener: StrokeFeedListener): () => void;
}

export function createStrokeFeed(): StrokeFeed {
  const listeners = new Set<StrokeFeedListener>();
  return {
    push: (stroke) => {
      for (const listener of listeners) listener.progress(stroke);
    },
    settle: (strokes) => {
      for (const listener of listeners) listener.settled?.(strokes);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
