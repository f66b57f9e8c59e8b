import type { Worker } from "node:worker_threads";
import {
  IMAGE_PIXELS,
  ModelLoadError,
  type Calibration,
  type DigitReading,
  type MarksLayout,
  type ModelArtifacts,
} from "@digit-lab/model";
import { PreprocessError, type PreprocessReply, type PreprocessTask } from "@digit-lab/preprocess";
import { startThread } from "@digit-lab/worker-thread";
import type {
  RecognitionThreadData,
  ThreadRecognition,
  ThreadReply,
  ThreadRequest,
} from "./recognition-messages.js";

export interface RecognitionPoolOptions {
  threads: number;
  /** Undefined: the fastest backend that loads in the threads. */
  backend?: string | undefined;
  /** Most inputs one forward pass of a thread answers. */
  maxBatchSize?: number;
}

/** The thread's first message, or why it never came. */
function untilReady(worker: Worker): Promise<Extract<ThreadReply, { type: "ready" }>> {
  return new Promise((resolve, reject) => {
    // Removed one by one: removeAllListeners would also drop the Worker's own, which start its port.
    const settle = (done: () => void) => {
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      done();
    };
    const onMessage = (reply: ThreadReply) =>
      settle(() =>
        reply.type === "ready"
          ? resolve(reply)
          : reject(new Error(`a recognition thread said "${reply.type}" before it was ready`)),
      );
    const onError = (error: Error) => settle(() => reject(error));
    const onExit = (code: number) =>
      settle(() => reject(new Error(`a recognition thread exited while starting (code ${code})`)));
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
  });
}

/**
 * V8 sizes a busy thread's young generation up to 48 MB; a task's garbage is a few hundred KB, so 4 MB
 * keeps scavenges cheap and saves about 45 MB of RSS per thread (measured: no more CPU per upload).
 */
const YOUNG_GENERATION_MB = 4;

type BatchListener = (size: number, durationMs: number) => void;

interface Pending {
  resolve: (reply: ThreadReply) => void;
  reject: (error: Error) => void;
}

/** One thread with the tasks it has not answered yet. */
class RecognitionThread {
  readonly pending = new Map<number, Pending>();
  failure: Error | undefined;

  constructor(
    readonly worker: Worker,
    readonly threadId: number | undefined,
  ) {}

  fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(error);
    this.pending.clear();
  }
}

/**
 * Threads that each decode and normalise uploads and run the model on them (recognition-thread.ts),
 * and do the preprocessing of numbers (segmentation) too, so one set of threads serves everything;
 * every thread with every serving version loaded, so the event loop only hands bytes over and gets
 * the reading back. A task goes to the thread with the fewest unanswered ones; inputs queued on a
 * thread share its forward passes. Tasks name their version, so a request that started on a version
 * finishes on it while newer requests use the next one.
 */
export class RecognitionPool {
  private nextTask = 1;
  private readonly inFlight = new Set<Promise<ThreadReply>>();
  private readonly batchListeners = new Set<BatchListener>();

  private constructor(
    private readonly members: RecognitionThread[],
    /** The tfjs backend the threads run. */
    readonly backend: string,
  ) {
    for (const thread of members) {
      thread.worker.on("message", (reply: ThreadReply) => this.receive(thread, reply));
      thread.worker.on("error", (error) => thread.fail(error));
      thread.worker.on("exit", (code) =>
        thread.fail(new Error(`a recognition thread exited (code ${code})`)),
      );
    }
  }

  static async start(options: RecognitionPoolOptions): Promise<RecognitionPool> {
    if (!Number.isInteger(options.threads) || options.threads < 1)
      throw new RangeError(`threads must be a positive integer, got ${options.threads}`);
    const workerData: RecognitionThreadData = {
      backend: options.backend,
      maxBatchSize: options.maxBatchSize ?? 64,
    };
    const started = await Promise.allSettled(
      Array.from({ length: options.threads }, async () => {
        const worker = startThread(import.meta.url, "./recognition-thread", {
          workerData,
          resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
        });
        const ready = await untilReady(worker).catch(async (error: unknown) => {
          await worker.terminate();
          throw error;
        });
        return { thread: new RecognitionThread(worker, ready.threadId), backend: ready.backend };
      }),
    );
    const threads = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const failed = started.find((result) => result.status === "rejected");
    if (failed) {
      await Promise.all(threads.map(({ thread }) => thread.worker.terminate()));
      throw failed.reason;
    }
    return new RecognitionPool(
      threads.map(({ thread }) => thread),
      threads[0]!.backend,
    );
  }

  /** How many threads the pool runs. */
  get size(): number {
    return this.members.length;
  }

  /** Linux thread ids of the threads (for their CPU time in /proc), undefined where unknown. */
  get threadIds(): Array<number | undefined> {
    return this.members.map((thread) => thread.threadId);
  }

  /** Called after every forward pass of any thread with its batch size and duration. */
  onBatch(listener: BatchListener): () => void {
    this.batchListeners.add(listener);
    return () => this.batchListeners.delete(listener);
  }

  /** Loads a version into every thread; it serves once all have it. ModelLoadError's message if one cannot. */
  async load(
    versionId: string,
    artifacts: ModelArtifacts,
    calibration: Calibration | undefined,
  ): Promise<void> {
    await Promise.all(
      this.members.map((thread) =>
        this.ask(thread, (task) => ({ type: "load", task, versionId, artifacts, calibration })),
      ),
    );
  }

  /** Frees a version in every thread; no task may name it any more. */
  unload(versionId: string): void {
    for (const thread of this.members)
      if (!thread.failure) thread.worker.postMessage({ type: "unload", versionId } satisfies ThreadRequest);
  }

  /** Normalises one upload and reads it with a loaded version; refusals throw PreprocessError. */
  async recognize(versionId: string, bytes: Uint8Array, thumbnailSide: number): Promise<ThreadRecognition> {
    const reply = await this.ask(this.leastBusy(), (task) => ({
      type: "recognize",
      task,
      versionId,
      bytes,
      thumbnailSide,
    }));
    if (reply.type !== "recognized")
      throw new Error(`a recognition thread answered "${reply.type}" to an upload`);
    const { type: _type, task: _task, ...recognition } = reply;
    return recognition;
  }

  /** Runs a preprocessing task (see @digit-lab/preprocess's createPreprocessPool `run`) on a thread. */
  async preprocess(job: PreprocessTask): Promise<PreprocessReply> {
    const reply = await this.ask(this.leastBusy(), (task) => ({ type: "preprocess", task, job }));
    if (reply.type !== "preprocessed")
      throw new Error(`a recognition thread answered "${reply.type}" to preprocessing`);
    return reply.reply;
  }

  /** The readings of 28x28 inputs by a loaded version. */
  async read(
    versionId: string,
    inputs: readonly Float32Array[],
    layouts: MarksLayout[],
  ): Promise<DigitReading[]> {
    const packed = new Float32Array(inputs.length * IMAGE_PIXELS);
    inputs.forEach((input, index) => packed.set(input, index * IMAGE_PIXELS));
    const reply = await this.ask(
      this.leastBusy(),
      (task) => ({ type: "read", task, versionId, inputs: packed, layouts }),
      [packed.buffer],
    );
    if (reply.type !== "read") throw new Error(`a recognition thread answered "${reply.type}" to inputs`);
    return reply.readings;
  }

  /** Waits for every task in flight, then stops the threads. */
  async close(): Promise<void> {
    await Promise.allSettled(this.inFlight);
    await Promise.all(this.members.map((thread) => thread.worker.terminate()));
  }

  private leastBusy(): RecognitionThread {
    let best: RecognitionThread | undefined;
    for (const thread of this.members) {
      if (thread.failure) continue;
      if (!best || thread.pending.size < best.pending.size) best = thread;
    }
    if (!best) throw this.members[0]!.failure!;
    return best;
  }

  private ask(
    thread: RecognitionThread,
    request: (task: number) => ThreadRequest,
    transfer: ArrayBuffer[] = [],
  ): Promise<ThreadReply> {
    if (thread.failure) return Promise.reject(thread.failure);
    const task = this.nextTask++;
    const answer = new Promise<ThreadReply>((resolve, reject) => {
      thread.pending.set(task, { resolve, reject });
      thread.worker.postMessage(request(task), transfer);
    });
    this.inFlight.add(answer);
    const settled = () => this.inFlight.delete(answer);
    answer.then(settled, settled);
    return answer;
  }

  private receive(thread: RecognitionThread, reply: ThreadReply): void {
    if (reply.type === "batch") {
      for (const listener of this.batchListeners) listener(reply.size, reply.durationMs);
      return;
    }
    if (reply.type === "ready") return;
    const pending = thread.pending.get(reply.task);
    if (!pending) return;
    thread.pending.delete(reply.task);
    if (reply.type === "refused") pending.reject(new PreprocessError(reply.code, reply.message));
    else if (reply.type === "failed")
      pending.reject(
        reply.name === "ModelLoadError" ? new ModelLoadError(reply.message) : new Error(reply.message),
      );
    else pending.resolve(reply);
  }
}
