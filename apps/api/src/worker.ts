import { ConfigError, loadConfig, type Config } from "./env.js";
import { createLogger } from "./logger.js";

// A training worker: claims queued runs from PostgreSQL and trains them, next to API replicas started with TRAINER=none.
let config: Config;
try {
  config = loadConfig();
  if (!config.databaseUrl)
    throw new ConfigError(
      "Invalid environment:\n  DATABASE_URL: the worker shares runs with the API through PostgreSQL; with the embedded database the API trains in-process (got undefined)",
    );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.logLevel, config.logFormat);
// Loaded only now: TensorFlow.js and the database drivers take seconds to import.
const { openDatabase } = await import("./db/database.js");
const { TrainingRunStore } = await import("./store/training-run-store.js");
const { Trainer } = await import("./training/trainer.js");

const database = await openDatabase({ kind: "postgres", url: config.databaseUrl! });
const trainer = new Trainer({
  runs: new TrainingRunStore(database.db),
  log: logger,
  mnistDir: config.mnistDir,
  backend: config.backend,
  recovery: "stale",
});
await trainer.start();
logger.info({ worker: trainer.id }, "training worker waiting for queued runs");

let stopping = false;
const shutdown = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "training worker stopping");
  trainer
    .stop()
    .then(() => database.close())
    .then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
};
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
