import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import {
  TrainingCancelledError,
  trainInThread,
  type EpochMetrics,
  type DigitSet,
  type ModelArtifacts,
  type ThreadTraining,
} from "@digit-lab/model";
import type { Logger } from "pino";
import type { TrainingRunRow } from "../db/schema.js";
import {
  DEFAULT_LEASE_MS,
  trainedModelName,
  type TrainingRunStore,
  type WorkerRecord,
} from "../store/training-run-store.js";
import { API_VERSION } from "../version.js";
import { databaseCheckpoints, type CheckpointStore } from "./checkpoint-store.js";
import {
  compareWithActive,
  feedbackForRun,
  queueScheduledRun,
  type FeedbackLoopOptions,
} from "./feedback-loop.js";

export interface TrainerOptions {
  runs: TrainingRunStore;
  log: Logger;
  mnistDir?: string | undefined;
  backend?: string | undefined;
  /** worker: a `pnpm worker` process; in-process: an API replica training its own queue. */
  kind: "worker" | "in-process";
  /**
   * all: this is the only trainer, so any RUNNING run at start was interrupted (embedded database).
   * expired: other trainers may be alive; only runs whose lease expired were.
   */
  recovery: "all" | "expired";
  /** How long a claim (and this trainer's record) lasts without a heartbeat (default 30 s). */
  leaseMs?: number;
  /** Claims after which a run whose lease expires is FAILED instead of requeued (default 3). */
  maxAttempts?: number;
  /** Where epoch checkpoints are kept (default: the database, reachable by every worker). */
  checkpoints?: CheckpointStore;
  /**
   * Fine-tuning from registered versions, training on feedback, comparing each run's model with the
   * active one and the feedback schedule; without it runs train from fresh weights on MNIST only.
   */
  feedbackLoop?: Pick<FeedbackLoopOptions, "models" | "feedback" | "activate">;
}

/** What a run starts from and trains on besides MNIST. */
interface RunInputs {
  initialModel?: { artifacts: ModelArtifacts; name: string } | undefined;
  feedback?: DigitSet | undefined;
}

/** How often an idle trainer checks whether the feedback schedule is due. */
export const FEEDBACK_SCHEDULE_INTERVAL_MS = 30_000;

/** How often an idle trainer looks for queued runs, at most (wake() skips the wait). */
export const POLL_INTERVAL_MS = 2000;
/** How often a running run's heartbeat (and progress) is written, at most. */
export const HEARTBEAT_INTERVAL_MS = 5000;
export const DEFAULT_MAX_ATTEMPTS = 3;

/** The worker id written on claimed runs: host, process and a random part for several trainers per process. */
export function trainerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

/** Heartbeats come three times per lease, so one late write does not lose the run. */
export function heartbeatInterval(leaseMs: number): number {
  return Math.max(100, Math.min(HEARTBEAT_INTERVAL_MS, Math.floor(leaseMs / 3)));
}

/**
 * Claims queued runs one at a time under a lease and trains each on a worker thread, so the process's
 * event loop keeps serving. Progress, heartbeats and a checkpoint per epoch go to the database, so a
 * run whose trainer dies is requeued (by anyone) and resumed by whichever trainer claims it next.
 */
export class Trainer {
  readonly id = trainerId();
  private readonly record: WorkerRecord;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  private current: { runId: string; thread: ThreadTraining; handingBack: boolean; lost: boolean } | undefined;
  private loop: Promise<void> | undefined;
  private readonly checkpoints: CheckpointStore;
  private readonly loop_: FeedbackLoopOptions | undefined;
  private lastScheduleCheck = 0;
  private readonly stopping = new AbortController();

  constructor(private readonly options: TrainerOptions) {
    this.checkpoints = options.checkpoints ?? databaseCheckpoints(options.runs);
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.loop_ = options.feedbackLoop && {
      ...options.feedbackLoop,
      runs: options.runs,
      log: options.log,
      mnistDir: options.mnistDir,
      backend: options.backend,
      signal: this.stopping.signal,
    };
    this.record = {
      id: this.id,
      kind: options.kind,
      host: hostname(),
      pid: process.pid,
      version: API_VERSION,
      startedAt: new Date(),
    };
  }

  /** Records this trainer, requeues interrupted runs, then starts claiming. */
  async start(): Promise<void> {
    if (this.loop) return;
    await this.options.runs.touchWorker(this.record, null, this.leaseMs);
    await this.recover(this.options.recovery);
    this.loop = this.run();
  }

  /** The run being trained now, if any. */
  get runId(): string | undefined {
    return this.current?.runId;
  }

  /** A run was queued: look now instead of at the next poll. */
  wake(): void {
    this.wakeUp?.();
  }

  /**
   * Stops claiming; a run in progress is handed back to the queue at once. Its thread is ended rather
   * than cancelled: every finished epoch's checkpoint is already in the database, and a cancel is only
   * seen between batches (not while loading data or evaluating).
   */
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    const current = this.current;
    if (current) {
      current.handingBack = true;
      await current.thread.terminate();
    }
    this.wake();
    await this.loop;
    await this.options.runs.removeWorker(this.id).catch((error: unknown) => {
      this.options.log.warn({ err: error }, "could not remove the worker record");
    });
  }

  private async recover(scope: "all" | "expired"): Promise<void> {
    const outcomes = await this.options.runs.requeueExpired(this.maxAttempts, scope);
    for (const outcome of outcomes) {
      if (outcome.status !== "QUEUED") await this.checkpoints.remove(outcome.id);
      if (outcome.status === "QUEUED")
        this.options.log.warn(
          { run: outcome.id, attempts: outcome.attempts },
          "requeued a training run whose trainer stopped renewing its lease",
        );
      else
        this.options.log.warn(
          { run: outcome.id, status: outcome.status, error: outcome.error },
          "training run lost its trainer",
        );
    }
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      try {
        await this.options.runs.touchWorker(this.record, null, this.leaseMs);
        // Other trainers may die at any time; a lone trainer recovered everything at start.
        if (this.options.recovery === "expired") await this.recover("expired");
        await this.checkSchedule();
        const run = await this.options.runs.claimNext(this.id, this.leaseMs);
        if (run) {
          await this.execute(run);
          continue;
        }
      } catch (error) {
        this.options.log.error({ err: error }, "training queue error; retrying");
      }
      await this.idle(Math.min(POLL_INTERVAL_MS, heartbeatInterval(this.leaseMs)));
    }
  }

  private async checkSchedule(): Promise<void> {
    if (!this.loop_ || performance.now() - this.lastScheduleCheck < FEEDBACK_SCHEDULE_INTERVAL_MS) return;
    this.lastScheduleCheck = performance.now();
    await queueScheduledRun(this.loop_).catch((error: unknown) =>
      this.options.log.error({ err: error }, "feedback schedule check failed"),
    );
  }

  /** What a run starts from and trains on besides MNIST. */
  private async runInputs(run: TrainingRunRow): Promise<RunInputs> {
    const loop = this.loop_;
    if (!loop) {
      if (run.baseModelVersionId || run.includeFeedback)
        throw new Error("this trainer has no access to registered models and feedback");
      return {};
    }
    let initialModel: RunInputs["initialModel"];
    if (run.baseModelVersionId) {
      const [base, artifacts] = await Promise.all([
        loop.models.get(run.baseModelVersionId),
        loop.models.artifactsOf(run.baseModelVersionId),
      ]);
      if (!base || !artifacts)
        throw new Error(`base model version ${run.baseModelVersionId} has no stored artifacts`);
      initialModel = { artifacts, name: base.name };
    }
    const feedback = run.includeFeedback ? (await feedbackForRun(loop.feedback)).split.train : undefined;
    return { initialModel, feedback };
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
    const { runs } = this.options;
    const started = performance.now();
    const checkpointDir = await mkdtemp(join(tmpdir(), "digit-lab-checkpoint-"));
    try {
      const checkpoint = await this.checkpoints.load(run.id);
      for (const file of checkpoint) await writeFile(join(checkpointDir, file.name), file.data);
      // The checkpoint's own history: the epochs it continues from, each recorded once.
      const state = checkpoint.find((file) => file.name === "state.json");
      const history = state
        ? (JSON.parse(new TextDecoder().decode(state.data)) as { history: EpochMetrics[] }).history
        : undefined;
      await this.train(run, checkpointDir, history, started);
    } finally {
      await rm(checkpointDir, { recursive: true, force: true });
      this.current = undefined;
      await runs.touchWorker(this.record, null, this.leaseMs).catch(() => undefined);
    }
  }

  private async train(
    run: TrainingRunRow,
    checkpointDir: string,
    history: EpochMetrics[] | undefined,
    started: number,
  ): Promise<void> {
    const { runs, log } = this.options;
    // Without a checkpoint the run starts over.
    const resume = history !== undefined;
    const epochs = history ? [...history] : [];
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
    const lose = () => {
      if (!current.lost) log.warn({ run: run.id }, "training run lost: another trainer requeued it");
      current.lost = true;
      thread.cancel();
    };
    const heartbeat = () =>
      write(async () => {
        const answer = await runs.heartbeat(run.id, this.id, progress, this.leaseMs);
        if (answer === "cancel") thread.cancel();
        if (answer === "lost") lose();
        await runs.touchWorker(this.record, run.id, this.leaseMs);
      });
    log.info(
      { run: run.id, config: run.config, attempt: run.attempts, resume, epochs: epochs.length },
      "training run started",
    );
    let inputs: RunInputs;
    try {
      inputs = await this.runInputs(run);
    } catch (error) {
      await runs.finish(run.id, "FAILED", (error as Error).message, performance.now() - started);
      log.warn({ run: run.id, err: error }, "training run failed before training");
      return;
    }
    if (inputs.feedback)
      log.info({ run: run.id, samples: inputs.feedback.count }, "training on feedback samples");
    const thread = trainInThread({
      ...inputs,
      config: run.config,
      name: trainedModelName(run),
      mnistDir: this.options.mnistDir,
      backend: this.options.backend,
      checkpointDir,
      resume,
      onStarted: (backend) => write(() => runs.setBackend(run.id, backend)),
      onProgress: (value) => {
        progress = value;
        // A bar moves smoothly with a write a second; more would only load the database.
        if (performance.now() - lastWrite >= 1000) heartbeat();
      },
      onEpochEnd: (metrics, files = []) => {
        epochs.push(metrics);
        const saved = [...epochs];
        write(async () => {
          if (!(await this.checkpoints.save(run.id, this.id, saved, files, this.leaseMs))) lose();
        });
      },
    });
    const current = { runId: run.id, thread, handingBack: false, lost: false };
    this.current = current;
    if (this.stopped) {
      current.handingBack = true;
      await thread.terminate();
    }
    await runs.touchWorker(this.record, run.id, this.leaseMs).catch(() => undefined);
    // Also while the thread evaluates on the test set and sends nothing: renews the lease, polls cancel.
    const beating = setInterval(heartbeat, heartbeatInterval(this.leaseMs));
    try {
      const { artifacts, metadata } = await thread.result;
      clearInterval(beating);
      await writes;
      if (await runs.succeed(run, this.id, artifacts, metadata)) {
        await this.checkpoints.remove(run.id);
        log.info(
          { run: run.id, model: metadata.name, testAccuracy: metadata.test?.accuracy },
          "training run succeeded",
        );
        await this.compare(run);
      } else {
        log.warn({ run: run.id }, "training run finished after another trainer requeued it; result dropped");
      }
    } catch (error) {
      clearInterval(beating);
      await writes;
      const durationMs = performance.now() - started;
      if (current.lost) return;
      if (current.handingBack) {
        if (await runs.handBack(run.id, this.id))
          log.info({ run: run.id, epochs: epochs.length }, "training run handed back to the queue");
        return;
      }
      await this.checkpoints.remove(run.id);
      if (error instanceof TrainingCancelledError) {
        await runs.finish(run.id, "CANCELLED", null, durationMs);
        log.info({ run: run.id }, "training run cancelled");
      } else {
        await runs.finish(run.id, "FAILED", (error as Error).message, durationMs);
        log.warn({ run: run.id, err: error }, "training run failed");
      }
    } finally {
      clearInterval(beating);
    }
  }

  /** Champion and challenger: the run's model beside the active one, promoted if the run asked and it wins. */
  private async compare(run: TrainingRunRow): Promise<void> {
    if (!this.loop_) return;
    const finished = await this.options.runs.get(run.id);
    if (!finished?.modelVersionId) return;
    await compareWithActive(this.loop_, finished, finished.modelVersionId).catch((error: unknown) =>
      this.options.log.error(
        { err: error, run: run.id },
        "could not compare the run's model with the active one",
      ),
    );
  }
}
