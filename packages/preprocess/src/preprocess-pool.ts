import { availableParallelism } from "node:os";
import { threadModule } from "@digit-lab/worker-thread";
import { Piscina } from "piscina";
import type { Thumbnail } from "./create-thumbnail.js";
import { PreprocessError } from "./errors.js";
import type { NormalizedDigit } from "./normalize-digit-image.js";
import { resolveOptions, type PreprocessOptions } from "./options.js";
import type { PreprocessReply, PreprocessTask } from "./preprocess-thread.js";
import type { SegmentedNumber } from "./segment-number.js";
import { warmUpDrawing } from "./warm-up-drawing.js";

export interface PreprocessPoolOptions {
  /** Worker threads; default one per core. */
  threads?: number;
  /** Options for every image unless a call overrides them. */
  defaults?: PreprocessOptions;
  /**
   * Runs a task on threads someone else keeps (each calling preprocessInThread), instead of the pool's
   * own; `threads` then only says how many tasks the warm-up keeps in flight.
   */
  run?: (task: PreprocessTask) => Promise<PreprocessReply>;
}

/** normalizeDigitImage on worker threads: the per-pixel work of many uploads runs on every core at once. */
export interface PreprocessPool {
  readonly threads: number;
  normalize(bytes: Uint8Array, options?: PreprocessOptions): Promise<NormalizedDigit>;
  /**
   * segmentNumber on a thread, with a thumbnail when `thumbnailSide` is set. Only the pool's default
   * `maxPixels` applies: numbers have their own working size. A function cannot cross threads, so the
   * cuts segmentNumber offers lazily are laid out on the thread only for the spans in `cutsFor`; for the
   * others, `cutReadings` gives none and notes the span in `cutsAskedFor`. A reader that asked for any
   * segments again with `cutsFor: cutsAskedFor` and reads again, as if the cuts had been there.
   */
  segmentNumber(bytes: Uint8Array, options?: PreprocessOptions, cuts?: { cutsFor: readonly number[] }): Promise<PooledNumber>;
  /**
   * Runs a built-in drawing through every thread `rounds` times, so the first real uploads find
   * optimised code rather than paying for the JIT (a cold thread takes several times as long).
   */
  warmUp(rounds?: number): Promise<void>;
  /** Finishes queued images, then stops the threads. */
  close(): Promise<void>;
}

/** A segmented number from the pool (see PreprocessPool.segmentNumber). */
export type PooledNumber = SegmentedNumber & {
  thumbnail?: Thumbnail;
  /** Spans whose withheld cuts a reader asked for, by index; filled in as readers call `cutReadings`. */
  cutsAskedFor: number[];
};

export function createPreprocessPool(options: PreprocessPoolOptions = {}): PreprocessPool {
  const threads = options.threads ?? availableParallelism();
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threads must be a positive integer, got ${threads}`);
  const defaults = options.defaults ?? {};
  resolveOptions(defaults);
  const piscina = options.run
    ? undefined
    : new Piscina<PreprocessTask, PreprocessReply>({
        ...threadModule(import.meta.url, "./preprocess-thread"),
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: Number.POSITIVE_INFINITY,
        // Tasks are a few milliseconds each; a second one queued per thread hides the hand-off.
        concurrentTasksPerWorker: 2,
      });
  const run = options.run ?? ((task: PreprocessTask) => piscina!.run(task) as Promise<PreprocessReply>);
  const pool: PreprocessPool = {
    threads,
    async normalize(bytes, overrides) {
      const merged = { ...defaults, ...overrides };
      resolveOptions(merged);
      const reply = await run({ bytes, options: merged });
      if (!reply.ok) throw new PreprocessError(reply.code, reply.message);
      if (!("digit" in reply)) throw new TypeError("a digit task was answered with a number");
      const { digit } = reply;
      // Structured cloning turns a Buffer into a plain Uint8Array over the same bytes.
      return { ...digit, png: Buffer.from(digit.png.buffer, digit.png.byteOffset, digit.png.byteLength) };
    },
    async segmentNumber(bytes, overrides, cuts) {
      const merged = { ...(defaults.maxPixels === undefined ? {} : { maxPixels: defaults.maxPixels }), ...overrides };
      resolveOptions(merged);
      const reply = await run({ kind: "number", bytes, options: merged, cutsFor: [...(cuts?.cutsFor ?? [])] });
      if (!reply.ok) throw new PreprocessError(reply.code, reply.message);
      if (!("number" in reply)) throw new TypeError("a number task was answered with a digit");
      const cutsAskedFor: number[] = [];
      const spans = reply.number.spans.map(({ cuts: laidOut, cutsWithheld, ...span }, index) => {
        if (laidOut) {
          // Readers ask for the cuts through the same function segmentNumber gives them.
          const withCuts = { ...span, cutReadings: () => laidOut };
          return withCuts;
        }
        if (!cutsWithheld) return span;
        const asking = {
          ...span,
          cutReadings: () => {
            if (!cutsAskedFor.includes(index)) cutsAskedFor.push(index);
            return [];
          },
        };
        return asking;
      });
      return { ...reply.number, spans, cutsAskedFor };
    },
    async warmUp(rounds = 40) {
      const drawing = warmUpDrawing();
      // Enough tasks in flight at once that every thread gets its share.
      for (let round = 0; round < rounds; round++) {
        await Promise.all(Array.from({ length: threads * 2 }, () => pool.normalize(drawing, { thumbnailSide: 128 })));
      }
    },
    close: async () => piscina?.close(),
  };
  return pool;
}
