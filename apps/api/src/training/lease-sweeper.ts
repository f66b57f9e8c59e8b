import type { Logger } from "pino";
import type { TrainingRunStore } from "../store/training-run-store.js";
import { heartbeatInterval } from "./trainer.js";

/**
 * On a replica that trains nothing (TRAINER=none): requeues runs whose trainer's lease expired, so a
 * dead worker's run goes back to the queue even while every other worker is busy or none is left.
 */
export function sweepExpiredLeases(
  runs: TrainingRunStore,
  options: { leaseMs: number; maxAttempts: number; log: Logger },
): { stop(): Promise<void> } {
  let sweeping: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = runs.requeueExpired(options.maxAttempts).then(
      (outcomes) => {
        for (const outcome of outcomes)
          options.log.warn(
            { run: outcome.id, status: outcome.status, attempts: outcome.attempts, error: outcome.error },
            "training run lost its trainer's lease",
          );
      },
      (error: unknown) => options.log.error({ err: error }, "could not requeue expired training runs"),
    );
  }, heartbeatInterval(options.leaseMs));
  return {
    stop: async () => {
      clearInterval(timer);
      await sweeping;
    },
  };
}
