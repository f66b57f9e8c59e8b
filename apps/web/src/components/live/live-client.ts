import { EXPORT_SIZE } from "@/components/drawing/export-drawing";
import { drawStrokes, type Stroke } from "@/components/drawing/strokes";
import { friendlyError } from "@/lib/error-messages";
import type { DrawingPixels, LiveAnswer, LiveModelInfo, LiveRequest, WorkerReading } from "./live-protocol";

/** The last version loaded, so a page that lost the network can still load the cached files. */
const LAST_MODEL_KEY = "digit-lab:live-model";

export function rememberedModel(): LiveModelInfo | undefined {
  try {
    const saved = window.localStorage.getItem(LAST_MODEL_KEY);
    return saved ? (JSON.parse(saved) as LiveModelInfo) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberModel(model: LiveModelInfo): void {
  try {
    window.localStorage.setItem(LAST_MODEL_KEY, JSON.stringify(model));
  } catch {
    // Private modes may refuse storage; the page works without it.
  }
}

/** The page's end of the channel to the live worker (a Worker, or a MessagePort in tests). */
export interface LiveWorkerPort {
  postMessage(message: LiveRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<LiveAnswer>) => void) | null;
}

/** The dedicated module worker running live-engine.ts (TensorFlow.js, the model, the preprocessing). */
export function startLiveWorker(): Worker {
  return new Worker(new URL("./live.worker.ts", import.meta.url), { type: "module" });
}

let scratch: CanvasRenderingContext2D | null | undefined;

/**
 * The strokes rendered as exportDrawing renders the PNG the Recognise button uploads (its size and
 * colours), as RGBA pixels: the only drawing work left on the page's thread.
 */
export function drawingPixels(strokes: readonly Stroke[], strokeWidth: number): DrawingPixels {
  if (scratch === undefined) {
    const canvas = document.createElement("canvas");
    canvas.width = EXPORT_SIZE;
    canvas.height = EXPORT_SIZE;
    scratch = canvas.getContext("2d", { willReadFrequently: true });
  }
  if (!scratch) throw new Error("This browser cannot draw on a canvas.");
  drawStrokes(scratch, strokes, EXPORT_SIZE, { background: "#000000", ink: "#ffffff", width: strokeWidth });
  const { width, height, data } = scratch.getImageData(0, 0, EXPORT_SIZE, EXPORT_SIZE);
  return { width, height, data };
}

/** The worker's reading with the words the page says for its refusal. */
export interface LiveReading extends WorkerReading {
  /** What the page says for the refusal when the server makes it (ApiErrorAlert's title). */
  refusalText: string | undefined;
}

/** Page-side marks of one reading (detail: its id), for the stroke-end breakdown in DevTools and the e2e tests. */
export const LIVE_CAPTURE_MEASURE = "digit-lab:live-capture";
export const LIVE_SENT_MARK = "digit-lab:live-sent";
export const LIVE_ANSWER_MARK = "digit-lab:live-answer";

/** The version the worker reads with after a check, and whether the check loaded it. */
export interface LiveChecked {
  model: LiveModelInfo | undefined;
  changed: boolean;
}

/** A reading delivered to the page, with what the request was tagged with and how long it took. */
export interface ClientReading<Tag> {
  live: LiveReading | null;
  tag: Tag;
  /** From capturing the pixels to the worker's answer arriving: the page-visible cost of one reading. */
  started: number;
}

interface Queued<Tag> {
  capture: () => DrawingPixels | null;
  tag: Tag;
}

export interface ReadOptions {
  /**
   * Sent at once even with a reading in flight, whose answer is then dropped: for a finished drawing
   * (a stroke's end, undo, clear), which must not wait for a stale while-drawing reading to come back.
   */
  urgent?: boolean;
}

/**
 * Talks to the live worker: has it follow the active version and sends drawings to read, latest wins.
 * While drawing, at most one reading is in flight and a newer drawing replaces a queued older one,
 * which is never read. An urgent reading goes at once and supersedes every earlier one: the worker
 * starts it as soon as it is free, without a round trip through the page's busy thread.
 */
export class LiveClient<Tag> {
  readonly #port: LiveWorkerPort;
  readonly #onReading: (reading: ClientReading<Tag>) => void;
  #nextId = 0;
  readonly #inFlight = new Map<number, { tag: Tag; started: number }>();
  /** The one reading whose answer is still wanted: the newest sent, 0 once an empty drawing was answered after it. */
  #wanted = 0;
  #queued: Queued<Tag> | null = null;
  #checking: { resolve: (checked: LiveChecked) => void; reject: (error: Error) => void } | null = null;

  constructor(port: LiveWorkerPort, onReading: (reading: ClientReading<Tag>) => void) {
    this.#port = port;
    this.#onReading = onReading;
    port.onmessage = ({ data }) => this.#answer(data);
  }

  /** Has the worker ask which version serves and load it if it is new. One check at a time. */
  check(remembered: LiveModelInfo | undefined): Promise<LiveChecked> {
    if (this.#checking) return Promise.reject(new Error("A check of the active version is under way."));
    return new Promise((resolve, reject) => {
      this.#checking = { resolve, reject };
      this.#port.postMessage({ type: "check", remembered }, []);
    });
  }

  /** The worker could not start or died: a pending check fails. */
  fail(error: Error): void {
    this.#checking?.reject(error);
    this.#checking = null;
  }

  /** Reads the strokes as exportDrawing renders them (nothing to read without strokes). */
  readStrokes(strokes: readonly Stroke[], strokeWidth: number, tag: Tag, options?: ReadOptions): void {
    this.read(() => (strokes.length === 0 ? null : drawingPixels(strokes, strokeWidth)), tag, options);
  }

  /**
   * Reads the drawing `capture` gives (null: nothing to read, answered at once). The capture runs when
   * the request is sent, so a drawing replaced before then is never rendered.
   */
  read(capture: () => DrawingPixels | null, tag: Tag, { urgent = false }: ReadOptions = {}): void {
    this.#queued = { capture, tag };
    if (urgent || this.#inFlight.size === 0) this.#sendQueued();
  }

  #sendQueued(): void {
    const queued = this.#queued;
    if (!queued) return;
    this.#queued = null;
    const { capture, tag } = queued;
    const started = performance.now();
    const pixels = capture();
    if (!pixels) {
      // Nothing to read: answered at once, and any reading in flight is now stale.
      this.#wanted = 0;
      this.#onReading({ live: null, tag, started });
      return;
    }
    const id = ++this.#nextId;
    performance.measure(LIVE_CAPTURE_MEASURE, { start: started, detail: id });
    this.#inFlight.set(id, { tag, started });
    this.#wanted = id;
    this.#port.postMessage({ type: "read", id, pixels }, [pixels.data.buffer]);
    performance.mark(LIVE_SENT_MARK, { detail: id });
  }

  #answer(answer: LiveAnswer): void {
    if (answer.type === "checked") {
      const checking = this.#checking;
      this.#checking = null;
      checking?.resolve({ model: answer.model, changed: answer.changed });
      return;
    }
    performance.mark(LIVE_ANSWER_MARK, { detail: answer.id });
    const inFlight = this.#inFlight.get(answer.id);
    if (!inFlight) return;
    this.#inFlight.delete(answer.id);
    // Superseded by a newer drawing: its answer is dropped (the page would only repaint it over).
    if (answer.id === this.#wanted) {
      if (answer.type === "read") {
        const { live } = answer;
        const refusalText = live?.refusal ? friendlyError(live.refusal).title : undefined;
        this.#onReading({
          live: live && { ...live, refusalText },
          tag: inFlight.tag,
          started: inFlight.started,
        });
      } else if (answer.type === "read-failed") console.error(`Live reading failed: ${answer.message}`);
    }
    if (this.#inFlight.size === 0) this.#sendQueued();
  }
}
