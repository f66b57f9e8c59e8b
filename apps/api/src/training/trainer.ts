import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import {
  TrainingCancelledError,
  trainInThread,
  type EpochMetrics,
  type ThreadTraining,
} from "@digit-lab/model";
import type { Logger } from "pino";
import type { TrainingRunRow } from "../db/schema.js";
import { INTERRUPTED_ERROR, trainedModelName, type TrainingRunStore } from "../store/training-run-store.js";

export interface TrainerOptions {
  runs: TrainingRunStore;
  log: Logger;
  mnistDir?: string | undefined;
  backend?: string | undefined;
  /**
   * all: this is the only trainer, so any RUNNING run at start was interrupted (embedded database).
   * stale: other trainers may be alive; only runs whose heartbeat is older than STALE_AFTER_MS were.
   */
  recovery: "all" | "stale";
}

/** How often an idle trainer looks for queued runs (wake() skips the wait). */
export const POLL_INTERVAL_MS = 2000;
/** How often a running run's heartbeat (and progress) is written, at least. */
export const HEARTBEAT_INTERVAL_MS = 5000;
/** A RUNNING run whose heartbeat is older than this lost its trainer. */
export const STALE_AFTER_MS = 30_000;
/** How long stop() waits for a cancelled run to stop. */
export const STOP_GRACE_MS = 10_000;

/** The worker id written on claimed runs: host, process and a random part for several trainers per process. */
export function trainerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/**
 * Claims queued runs one at a time and trains each on a worker thread, so the process's event loop
 * keeps serving. Progress and heartbeats go to the database, where cancellation requests come from.
 */
export class Trainer {
  readonly id = trainerId();
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private current: { runId: string; training: ThreadTraining; interrupted: boolean } | undefined;
  private loop: Promise<void> | undefined;

  constructor(private readonly options: TrainerOptions) {}

  /** Marks interrupted runs FAILED (so none is left RUNNING once this resolves), then starts claiming. */
  async start(): Promise<void> {
    if (this.loop) return;
    await this.recover();
    this.loop = this.run();
  }

  /** A run was queued: look now instead of at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /** Stops claiming; a run in progress is cancelled and recorded as interrupted. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.current) {
      this.current.interrupted = true;
      this.current.training.cancel();
    }
    this.wake();
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      this.loop?.then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), STOP_GRACE_MS))),
    ]);
    clearTimeout(timer);
    // Cancel is only seen between batches; a run evaluating on the test set is recorded now instead.
    if (!finished && this.current) {
      await this.options.runs.finish(this.current.runId, "FAILED", INTERRUPTED_ERROR, null);
    }
  }

  private async recover(): Promise<void> {
    const failed = await this.options.runs.failInterrupted(
      this.options.recovery === "all" ? { all: true } : { staleAfterMs: STALE_AFTER_MS },
    );
    if (failed > 0) this.options.log.warn({ failed }, "marked interrupted training runs FAILED");
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        // Other trainers may die at any time; a lone trainer recovered everything at start.
        if (this.options.recovery === "stale") await this.recover();
        const run = await this.options.runs.claimNext(this.id);
        if (run) {
          await this.execute(run);
          continue;
        }
      } catch (error) {
        this.options.log.error({ err: error }, "training queue error; retrying");
      }
      await this.idle(POLL_INTERVAL_MS);
    }
  }

  private idle(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async execute(run: TrainingRunRow): Promise<void> {
    const { runs, log } = this.options;
    const started = performance.now();
    const epochs: EpochMetrics[] = [];
    let progress = 0;
    let lastWrite = 0;
    let writes: Promise<void> = Promise.resolve();
    // One write at a time, in order, so progress never goes backwards in the database.
    const write = (step: () => Promise<void>) => {
      lastWrite = performance.now();
      writes = writes
        .then(step)
        .catch((error: unknown) => log.error({ err: error, run: run.id }, "training run write failed"));
    };
    const heartbeat = () =>
      write(async () => {
        if (await runs.heartbeat(run.id, progress, [...epochs])) training.cancel();
      });
    log.info({ run: run.id, config: run.config }, "training run started");
    const training = trainInThread({
      config: run.config,
      name: trainedModelName(run),
      ...(this.options.mnistDir ? { mnistDir: this.options.mnistDir } : {}),
      ...(this.options.backend ? { backend: this.options.backend } : {}),
      onStarted: (backend) => write(() => runs.setBackend(run.id, backend)),
      onProgress: (value) => {
        progress = value;
        // A bar moves smoothly with a write a second; more would only load the database.
        if (performance.now() - lastWrite >= 1000) heartbeat();
      },
      onEpochEnd: (metrics) => {
        epochs.push(metrics);
        heartbeat();
      },
    });
    this.current = { runId: run.id, training, interrupted: false };
    if (this.stopped) {
      this.current.interrupted = true;
      training.cancel();
    }
    // Also while the thread evaluates on the test set and sends nothing: proves the trainer alive, polls cancel.
    const beating = setInterval(heartbeat, HEARTBEAT_INTERVAL_MS);
    try {
      const { artifacts, metadata } = await training.result;
      clearInterval(beating);
      await writes;
      await runs.succeed(run, artifacts, metadata);
      log.info(
        { run: run.id, model: metadata.name, testAccuracy: metadata.test?.accuracy },
        "training run succeeded",
      );
    } catch (error) {
      clearInterval(beating);
      await writes;
      const durationMs = performance.now() - started;
      if (error instanceof TrainingCancelledError && !this.current.interrupted) {
        await runs.finish(run.id, "CANCELLED", null, durationMs);
        log.info({ run: run.id }, "training run cancelled");
      } else {
        const message = this.current.interrupted ? INTERRUPTED_ERROR : (error as Error).message;
        await runs.finish(run.id, "FAILED", message, durationMs);
        log.warn({ run: run.id, err: error }, "training run failed");
      }
    } finally {
      clearInterval(beating);
      this.current = undefined;
    }
  }
}
