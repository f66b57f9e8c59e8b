"use client";
import type { BrowserModel } from "@digit-lab/model/browser";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import type { Stroke } from "@/components/drawing/strokes";
import type * as LiveEngine from "./live-engine";
import type { LiveModelInfo, LiveReading } from "./live-engine";
import type { StrokeFeed } from "./stroke-feed";

/** How often an open page asks which version serves, to pick up a newly activated one. */
export const ACTIVE_MODEL_POLL_MS = 10_000;
/** The performance measure of one live reading: rendering, preprocessing and the forward pass. */
export const LIVE_READ_MEASURE = "digit-lab:live-read";
/** At most one reading per this many milliseconds while a stroke is being drawn. */
export const DRAWING_THROTTLE_MS = 80;
export type { LiveModelInfo } from "./live-engine";

export interface LiveResult {
  /** Null: nothing to read (no ink). */
  live: LiveReading | null;
  /** How many finished strokes it read; `drawing` when it includes the stroke being drawn. */
  strokes: number;
  drawing: boolean;
}

export interface LiveState {
  status: "loading" | "ready" | "unavailable";
  model: LiveModelInfo | undefined;
  result: LiveResult | undefined;
  online: boolean;
}

type Engine = typeof LiveEngine;

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** When the browser is idle after the first paint (or soon, where it has no idle callback). */
function afterFirstPaint(run: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 200);
  return () => window.clearTimeout(id);
}

/**
 * Recognition in the page while drawing: loads TensorFlow.js and the active model after the first
 * paint, reads the drawing after every stroke and, throttled, while a stroke is drawn, and follows the
 * active version. No request to the API for a reading.
 */
export function useLiveRecognition({
  strokes,
  strokeWidth,
  feed,
}: {
  strokes: readonly Stroke[];
  strokeWidth: number;
  feed: StrokeFeed;
}): LiveState {
  const [status, setStatus] = useState<LiveState["status"]>("loading");
  const [model, setModel] = useState<LiveModelInfo | undefined>();
  const [result, setResult] = useState<LiveResult | undefined>();
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const engine = useRef<Engine | null>(null);
  const loaded = useRef<BrowserModel | null>(null);
  // The drawing as last rendered, for readings started outside a render (model loaded, stroke moved).
  const drawing = useRef({ strokes, strokeWidth });

  const read = useCallback((all: readonly Stroke[], finished: number, inProgress: boolean) => {
    if (!engine.current || !loaded.current) return;
    const started = performance.now();
    const live = engine.current.readDrawing(loaded.current, all, drawing.current.strokeWidth);
    // In the page's performance timeline (DevTools, the end-to-end tests): the reading alone.
    performance.measure(LIVE_READ_MEASURE, { start: started, end: performance.now() });
    setResult({ live, strokes: finished, drawing: inProgress });
  }, []);

  // Loads the engine after the first paint, then follows the active version for as long as the page is open.
  useEffect(() => {
    let stopped = false;
    let checking = false;
    let current: string | undefined;
    const check = async () => {
      if (checking || stopped) return;
      checking = true;
      try {
        engine.current ??= await import("./live-engine");
        const active = await engine.current.activeModel();
        if (stopped || !active || active.contentId === current) {
          if (!active && !current) setStatus("unavailable");
          return;
        }
        const next = await engine.current.loadLiveModel(active.browserModelPath, active.contentId);
        if (stopped) {
          next.dispose();
          return;
        }
        loaded.current?.dispose();
        loaded.current = next;
        current = active.contentId;
        engine.current.rememberModel(active);
        setModel(active);
        setStatus("ready");
        read(drawing.current.strokes, drawing.current.strokes.length, false);
      } catch {
        if (!current) setStatus("unavailable");
      } finally {
        checking = false;
      }
    };
    const cancel = afterFirstPaint(() => void check());
    const poll = window.setInterval(() => {
      if (document.visibilityState === "visible" && navigator.onLine) void check();
    }, ACTIVE_MODEL_POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void check();
    };
    const onOnline = () => void check();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("online", onOnline);
    return () => {
      stopped = true;
      cancel();
      window.clearInterval(poll);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("online", onOnline);
      loaded.current?.dispose();
      loaded.current = null;
    };
  }, [read]);

  // After every finished stroke (and undo, clear, a new width): before the browser paints, so the answer
  // arrives with the stroke.
  const pending = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    drawing.current = { strokes, strokeWidth };
    window.clearTimeout(pending.current);
    pending.current = undefined;
    read(strokes, strokes.length, false);
  }, [strokes, strokeWidth, read]);

  // While drawing: at most one reading per DRAWING_THROTTLE_MS, the last position always read.
  useEffect(() => {
    let last = -Infinity;
    let latest: Stroke | null = null;
    const run = () => {
      pending.current = undefined;
      if (!latest) return;
      last = performance.now();
      const base = drawing.current.strokes;
      read([...base, latest.slice()], base.length, true);
    };
    const unsubscribe = feed.subscribe((stroke) => {
      latest = stroke;
      if (pending.current !== undefined) return;
      const wait = last + DRAWING_THROTTLE_MS - performance.now();
      if (wait <= 0) run();
      else pending.current = window.setTimeout(run, wait);
    });
    return () => {
      unsubscribe();
      window.clearTimeout(pending.current);
    };
  }, [feed, read]);

  return { status, model, result, online };
}
