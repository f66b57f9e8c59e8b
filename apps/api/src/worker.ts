import { ConfigError, loadConfig, type Config } from "./env.js";
import { createLogger } from "./logger.js";
import { stopOnSignals } from "./stop-on-signals.js";

// A training worker: claims queued runs from PostgreSQL under a lease and trains them, next to API replicas started with TRAINER=none.
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
const { collectDefaultMetrics, Registry } = await import("prom-client");
const { openDatabase } = await import("./db/database.js");
const { TrainingRunStore } = await import("./store/training-run-store.js");
const { ModelVersionStore } = await import("./store/model-version-store.js");
const { FeedbackStore } = await import("./store/feedback-store.js");
const { Trainer } = await import("./training/trainer.js");
const { registerQueueMetrics } = await import("./training/queue-metrics.js");
const { startWorkerHttp } = await import("./training/worker-http.js");

let stopping = false;
try {
  const database = await openDatabase({ kind: "postgres", url: config.databaseUrl! });
  const runs = new TrainingRunStore(database.db);
  const models = new ModelVersionStore(database.db);
  const trainer = new Trainer({
    runs,
    log: logger,
    mnistDir: config.mnistDir,
    backend: config.backend,
    kind: "worker",
    recovery: "expired",
    leaseMs: config.trainingLeaseMs,
    maxAttempts: config.trainingMaxAttempts,
    // Replicas follow the active row in the database.
    feedbackLoop: { models, feedback: new FeedbackStore(database.db), activate: (id) => models.activate(id) },
  });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  registerQueueMetrics(registry, runs);
  const http = await startWorkerHttp(config.workerPort, config.host, registry, {
    healthy: () => !stopping,
    describe: () => ({ worker: trainer.id, run: trainer.runId ?? null }),
  });
  await trainer.start();
  logger.info({ worker: trainer.id, url: http.url }, "training worker waiting for queued runs");

  stopOnSignals(
    logger,
    (signal) => {
      stopping = true;
      logger.info({ signal, run: trainer.runId ?? null }, "training worker stopping");
    },
    // The run in progress goes back to the queue with its last epoch checkpoint before the process exits.
    () =>
      trainer
        .stop()
        .then(() => http.close())
        .then(() => database.close()),
    "training worker stopped cleanly",
  );
} catch (error) {
  logger.fatal({ err: error }, "the training worker could not start");
  process.exit(1);
}
