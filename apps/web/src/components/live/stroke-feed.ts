import type { Stroke } from "@/components/drawing/strokes";

/** Longest a page waits for the live answer before re-rendering with a settled drawing anyway. */
export const SETTLE_WAIT_MS = 100;

export interface StrokeFeedListener {
  /** The stroke being drawn, as it grows. */
  progress(stroke: Stroke): void;
  /**
   * The drawing has just changed to `strokes` (a stroke ended, undo, clear), before the page re-renders.
   * Returns true when it will call `shown` once its answer to them is on screen.
   */
  settled?(strokes: readonly Stroke[], shown: () => void): boolean;
}

/** The pad's drawing, passed to the live panel without waiting for (or causing) a re-render of the page. */
export interface StrokeFeed {
  push(stroke: Stroke): void;
  /**
   * Hands a settled drawing to the listeners; `then` runs once the live answer to it is shown (at once when
   * no listener reads it, at most SETTLE_WAIT_MS later), so the page's re-render does not delay that answer.
   */
  settle(strokes: readonly Stroke[], then?: () => void): void;
  subscribe(listener: StrokeFeedListener): () => void;
}

/** `settleWaitMs`: how long `settle` waits for the live answer (SETTLE_WAIT_MS unless a test needs it unbounded). */
export function createStrokeFeed({
  settleWaitMs = SETTLE_WAIT_MS,
}: { settleWaitMs?: number } = {}): StrokeFeed {
  const listeners = new Set<StrokeFeedListener>();
  return {
    push: (stroke) => {
      for (const listener of listeners) listener.progress(stroke);
    },
    settle: (strokes, then) => {
      let done = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        then?.();
      };
      let waiting = false;
      for (const listener of listeners) if (listener.settled?.(strokes, finish)) waiting = true;
      if (waiting) timer = setTimeout(finish, settleWaitMs);
      else finish();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
