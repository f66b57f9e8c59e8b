import type { Stroke } from "@/components/drawing/strokes";

/** The stroke being drawn, passed from the pad to the live panel without re-rendering the page per move. */
export interface StrokeFeed {
  push(stroke: Stroke): void;
  subscribe(listener: (stroke: Stroke) => void): () => void;
}

export function createStrokeFeed(): StrokeFeed {
  const listeners = new Set<(stroke: Stroke) => void>();
  return {
    push: (stroke) => {
      for (const listener of listeners) listener(stroke);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
