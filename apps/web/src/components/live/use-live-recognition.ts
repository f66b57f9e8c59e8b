"use client";
import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import type { Stroke } from "@/components/drawing/strokes";
import type * as LiveClientModule from "./live-client";
import type { ClientReading, LiveClient, LiveReading } from "./live-client";
import type { LiveModelInfo } from "./live-protocol";
import type { StrokeFeed } from "./stroke-feed";

/** How often an open page asks which version serves, to pick up a newly activated one. */
export const ACTIVE_MODEL_POLL_MS = 10_000;
/** The performance measure of one live reading: rendering and capturing the pixels, then the worker's answer. */
export const LIVE_READ_MEASURE = "digit-lab:live-read";
/** At most one reading per this many milliseconds while a stroke is being drawn. */
export const DRAWING_THROTTLE_MS = 80;
export type { LiveModelInfo } from "./live-protocol";

export type { LiveReading } from "./live-client";

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

type ReadTag = Omit<LiveResult, "live">;

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** How long after the page has loaded (and then gone idle) the live worker starts if nothing started it. */
export const LIVE_START_AFTER_LOAD_MS = 3000;
/** Signs that someone is about to draw or type: the live worker starts at the first. */
const INTENT_EVENTS = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin"] as const;

/**
 * Runs `run` once: at the first sign of intent, or LIVE_START_AFTER_LOAD_MS after the load event and
 * then idle time. The worker's 2 MB (TensorFlow.js, the wasm binary, the model) and its messages keep
 * out of the page's load, where they would compete with hydration on a phone.
 */
function whenSettledOrUsed(run: () => void): () => void {
  let timer: number | undefined;
  let idle: number | undefined;
  const cancel = () => {
    window.removeEventListener("load", onLoad);
    for (const type of INTENT_EVENTS) window.removeEventListener(type, once, true);
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
  const once = () => {
    cancel();
    run();
  };
  const onLoad = () => {
    timer = window.setTimeout(() => {
      if (typeof window.requestIdleCallback === "function")
        idle = window.requestIdleCallback(once, { timeout: 2000 });
      else once();
    }, LIVE_START_AFTER_LOAD_MS);
  };
  for (const type of INTENT_EVENTS) window.addEventListener(type, once, { capture: true, passive: true });
  if (document.readyState === "complete") onLoad();
  else window.addEventListener("load", onLoad);
  return cancel;
}

/**
 * Recognition in the page while drawing: starts the live worker (TensorFlow.js and the active model)
 * a while after the page has loaded or at the first sign of use, sends it the drawing after every stroke and,
 * throttled, while a stroke is drawn, and follows the active version. No request to the API for a reading.
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
  // Set once a version is loaded in the worker: readings go to it from then on.
  const client = useRef<LiveClient<ReadTag> | null>(null);
  // Starts the worker now if it has not started (the pad's first use does not wait for idle).
  const start = useRef<() => void>(() => {});
  // The drawing as last rendered, for readings started outside a render (model loaded, stroke moved).
  const drawing = useRef({ strokes, strokeWidth });
  // The feed's callback for the settled drawing being read: the page re-renders once its answer is shown.
  const awaitingShown = useRef<(() => void) | null>(null);

  const read = useCallback((all: readonly Stroke[], finished: number, inProgress: boolean) => {
    // A finished drawing goes at once, superseding a while-drawing reading still in flight.
    client.current?.readStrokes(
      all,
      drawing.current.strokeWidth,
      { strokes: finished, drawing: inProgress },
      { urgent: !inProgress },
    );
  }, []);

  // Starts the worker once the page has settled or is used, then follows the active version.
  useEffect(() => {
    let stopped = false;
    let checking = false;
    let current: string | undefined;
    let worker: Worker | undefined;
    let connected: LiveClient<ReadTag> | undefined;
    const show = ({ live, tag, started }: ClientReading<ReadTag>) => {
      if (stopped) return;
      // In the page's performance timeline (DevTools, the end-to-end tests): one reading as the page sees it.
      performance.measure(LIVE_READ_MEASURE, { start: started, end: performance.now() });
      // A worker's answer is shown in its own task, not in a render scheduled after it (maybe after a frame);
      // an empty drawing is answered synchronously, possibly inside a commit, where flushSync cannot run.
      if (live) flushSync(() => setResult({ ...tag, live }));
      else setResult({ ...tag, live });
      if (!tag.drawing) {
        const shown = awaitingShown.current;
        awaitingShown.current = null;
        shown?.();
      }
    };
    let live: typeof LiveClientModule | undefined;
    const check = async () => {
      if (checking || stopped || !connected || !live) return;
      checking = true;
      try {
        const { model: serving, changed } = await connected.check(live.rememberedModel());
        if (stopped) return;
        if (!serving) {
          if (!current) setStatus("unavailable");
          return;
        }
        if (!changed) return;
        current = serving.contentId;
        client.current = connected;
        live.rememberModel(serving);
        setModel(serving);
        setStatus("ready");
        read(drawing.current.strokes, drawing.current.strokes.length, false);
      } catch {
        if (!current) setStatus("unavailable");
      } finally {
        checking = false;
      }
    };
    let cancelStart = () => {};
    // The client code is not in `/`'s first load either; the worker's own chunks come after it.
    const connect = async () => {
      try {
        live = await import("./live-client");
        if (stopped) return;
        worker = live.startLiveWorker();
        const started = new live.LiveClient<ReadTag>(worker, show);
        connected = started;
        worker.onerror = () => {
          started.fail(new Error("The live worker failed to start."));
          if (!current) setStatus("unavailable");
        };
      } catch {
        setStatus("unavailable");
        return;
      }
      void check();
    };
    start.current = () => {
      start.current = () => {};
      cancelStart();
      void connect();
    };
    cancelStart = whenSettledOrUsed(() => start.current());
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
      cancelStart();
      start.current = () => {};
      window.clearInterval(poll);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("online", onOnline);
      worker?.terminate();
      client.current = null;
    };
  }, [read]);

  // A drawing the feed settled on and that was sent before the page re-rendered with it.
  const settled = useRef<{ strokes: readonly Stroke[]; strokeWidth: number } | null>(null);
  // After every finished stroke (and undo, clear, a new width): sent at once, answered as soon as the worker is done.
  const pending = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    drawing.current = { strokes, strokeWidth };
    window.clearTimeout(pending.current);
    pending.current = undefined;
    const early = settled.current;
    settled.current = null;
    if (early?.strokes === strokes && early.strokeWidth === strokeWidth) return;
    if (strokes.length > 0) start.current();
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
    const unsubscribe = feed.subscribe({
      progress: (stroke) => {
        start.current();
        latest = stroke;
        if (pending.current !== undefined) return;
        const wait = last + DRAWING_THROTTLE_MS - performance.now();
        if (wait <= 0) run();
        else pending.current = window.setTimeout(run, wait);
      },
      // A stroke's end is read at once, while the page re-renders with it (not after).
      settled: (next, shown) => {
        window.clearTimeout(pending.current);
        pending.current = undefined;
        latest = null;
        if (next.length > 0) start.current();
        settled.current = { strokes: next, strokeWidth: drawing.current.strokeWidth };
        // A drawing settled before the last one was answered: the page need not wait for that answer.
        const earlier = awaitingShown.current;
        const reading = client.current !== null;
        awaitingShown.current = reading ? shown : null;
        earlier?.();
        read(next, next.length, false);
        return reading;
      },
    });
    return () => {
      unsubscribe();
      window.clearTimeout(pending.current);
    };
  }, [feed, read]);

  return { status, model, result, online };
}
