import type { Logger } from "pino";

/**
 * On SIGTERM or SIGINT (the first one only), runs `stop` and exits 0 once it finished, 1 if it failed:
 * a process manager then sees a clean stop as one. `onSignal` logs what is being stopped.
 */
export function stopOnSignals(
  logger: Logger,
  onSignal: (signal: NodeJS.Signals) => void,
  stop: () => Promise<unknown>,
  stoppedMessage: string,
): void {
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    onSignal(signal);
    stop().then(
      () => {
        logger.info(stoppedMessage);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
