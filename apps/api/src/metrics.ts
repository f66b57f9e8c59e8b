import { readFileSync } from "node:fs";
import type { Request, RequestHandler, Response } from "express";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { TrainingRunStore } from "./store/training-run-store.js";
import { registerQueueMetrics } from "./training/queue-metrics.js";

const KNOWN_ROUTES = new Set(["/graphql", "/healthz", "/readyz", "/metrics"]);

/** Linux's USER_HZ: the unit of the CPU times in /proc/<pid>/task/<tid>/stat. */
const CLOCK_TICKS_PER_SECOND = 100;

/** User plus system CPU seconds of one thread of this process, or undefined when /proc cannot say. */
export function threadCpuSeconds(threadId: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/self/task/${threadId}/stat`, "utf8");
    // Fields 14 and 15 (utime, stime), counted after the parenthesised command name.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Prometheus metrics of one server; its own registry, so several servers can share a process. */
export class ApiMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: "http_requests_total",
    help: "HTTP requests by route, method and status.",
    labelNames: ["route", "method", "status"] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from request start to the last response byte.",
    labelNames: ["route", "method"] as const,
    buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5],
    registers: [this.registry],
  });

  readonly batchSize = new Histogram({
    name: "predictor_batch_size",
    help: "Inputs answered by one forward pass of the model.",
    buckets: [1, 2, 4, 8, 16, 32, 64],
    registers: [this.registry],
  });

  readonly batchDuration = new Histogram({
    name: "predictor_batch_duration_seconds",
    help: "Duration of one forward pass.",
    buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2],
    registers: [this.registry],
  });

  /** predictions_total's child of each digit, made once: counting one costs no label object. */
  private readonly digitCounters = new Map<number, () => void>();

  readonly predictions = new Counter({
    name: "predictions_total",
    help: "Successful predictions by predicted digit.",
    labelNames: ["digit"] as const,
    registers: [this.registry],
  });

  readonly predictionFailures = new Counter({
    name: "prediction_failures_total",
    help: "Uploads that got no prediction, by error code.",
    labelNames: ["code"] as const,
    registers: [this.registry],
  });

  readonly historyInsertBatch = new Histogram({
    name: "history_insert_batch_rows",
    help: "Predictions written by one multi-row INSERT.",
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512],
    registers: [this.registry],
  });

  readonly modelInfo = new Gauge({
    name: "model_info",
    help: "1 for the model version serving predictions.",
    labelNames: ["version", "architecture", "backend"] as const,
    registers: [this.registry],
  });

  /** Linux thread ids by thread name, read at each scrape into thread_cpu_seconds_total. */
  private readonly threads = new Map<string, number>();

  readonly threadCpu = new Counter({
    name: "thread_cpu_seconds_total",
    help: "User and system CPU time of this process's named threads (Linux only).",
    labelNames: ["thread"] as const,
    registers: [this.registry],
    collect: () => {
      // A counter set from the kernel's running total: start from zero at each scrape.
      this.threadCpu.reset();
      for (const [thread, threadId] of this.threads) {
        const seconds = threadCpuSeconds(threadId);
        if (seconds !== undefined) this.threadCpu.inc({ thread }, seconds);
      }
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Counts one successful prediction of `digit` in predictions_total. */
  countPrediction(digit: number): void {
    let count = this.digitCounters.get(digit);
    if (!count) {
      const child = this.predictions.labels({ digit: String(digit) });
      count = () => child.inc();
      this.digitCounters.set(digit, count);
    }
    count();
  }

  /** Reports a thread's CPU time as thread_cpu_seconds_total{thread}; no-op without a Linux thread id. */
  observeThreadCpu(thread: string, threadId: number | undefined): void {
    if (threadId !== undefined) this.threads.set(thread, threadId);
  }

  /** Adds the training queue's gauges, read from `runs` at each scrape. */
  observeTrainingQueue(runs: TrainingRunStore): void {
    registerQueueMetrics(this.registry, runs);
  }

  /** Counts and times every HTTP request once its response is finished. */
  middleware(): RequestHandler {
    // Labelled children by route, method and status, made once: the hot path builds no label objects.
    const observers = new Map<string, (seconds: number) => void>();
    const counters = new Map<string, () => void>();
    const record = (req: Request, status: number, seconds: number) => {
      // originalUrl: inside a mounted router req.path no longer starts with the mount point.
      const url = req.originalUrl;
      const query = url.indexOf("?");
      const path = query === -1 ? url : url.slice(0, query);
      const route = KNOWN_ROUTES.has(path) ? path : "other";
      const { method } = req;
      const timed = `${route} ${method}`;
      let observe = observers.get(timed);
      if (!observe) {
        const child = this.httpDuration.labels({ route, method });
        observe = (value) => child.observe(value);
        observers.set(timed, observe);
      }
      observe(seconds);
      const counted = `${timed} ${status}`;
      let count = counters.get(counted);
      if (!count) {
        const child = this.httpRequests.labels({ route, method, status: String(status) });
        count = () => child.inc();
        counters.set(counted, count);
      }
      count();
    };
    // One listener for every response (`this`), so a request costs no closure.
    function onFinish(this: Response): void {
      record(this.req, this.statusCode, (performance.now() - this.locals.receivedAt) / 1000);
    }
    return (_req, res, next) => {
      // The request log's arrival time when it ran first (no new property on every response).
      res.locals.receivedAt ??= performance.now();
      res.on("finish", onFinish);
      next();
    };
  }
}
