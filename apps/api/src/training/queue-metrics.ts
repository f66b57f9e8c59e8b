import { Gauge, type Registry } from "prom-client";
import { TRAINING_RUN_STATUSES } from "../db/schema.js";
import type { TrainingRunStore } from "../store/training-run-store.js";

/**
 * Gauges of the shared training queue, read from the database at each scrape (every replica and worker
 * reports the same values; aggregate with max()).
 */
export function registerQueueMetrics(registry: Registry, runs: TrainingRunStore): void {
  const byStatus: Gauge<"status"> = new Gauge({
    name: "training_runs",
    help: "Training runs by status.",
    labelNames: ["status"] as const,
    registers: [registry],
    collect: async () => {
      const counts = await runs.countByStatus();
      for (const status of TRAINING_RUN_STATUSES) byStatus.set({ status }, counts.get(status) ?? 0);
    },
  });
  const queueLength: Gauge = new Gauge({
    name: "training_queue_length",
    help: "Training runs waiting for a trainer (QUEUED).",
    registers: [registry],
    collect: async () => queueLength.set((await runs.queueStats()).queued),
  });
  const oldestAge: Gauge = new Gauge({
    name: "training_queue_oldest_age_seconds",
    help: "How long the oldest QUEUED training run has existed; 0 when none waits.",
    registers: [registry],
    collect: async () => oldestAge.set((await runs.queueStats()).oldestAgeSeconds ?? 0),
  });
  const workersAlive: Gauge = new Gauge({
    name: "training_workers_alive",
    help: "Trainers (workers and in-process trainers) whose record has not expired.",
    registers: [registry],
    collect: async () => workersAlive.set(await runs.aliveWorkerCount()),
  });
}
