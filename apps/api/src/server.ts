import { mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { ApolloServer } from "@apollo/server";
import { createPreprocessPool } from "@digit-lab/preprocess";
import type { Logger } from "pino";
import { resolveAdminToken, type AdminTokenSource } from "./auth/admin-token.js";
import { RateLimiter } from "./auth/rate-limiter.js";
import type { Caller } from "./auth/caller.js";
import { lockDataDir, type DataDirLock } from "./db/data-dir-lock.js";
import { openDatabase, type DatabaseHandle } from "./db/database.js";
import { ConfigError, type Config } from "./env.js";
import { AnsweredPredictions } from "./graphql/answered-predictions.js";
import { createApolloServer } from "./graphql/apollo-server.js";
import type { GraphQLContext, Services } from "./graphql/context.js";
import { answerClientErrors } from "./http/client-errors.js";
import { createApp } from "./http/create-app.js";
import { HttpDrain, InFlight } from "./http/graceful-drain.js";
import { ActiveModel } from "./inference/active-model.js";
import { RecognitionPool } from "./inference/recognition-pool.js";
import { createLogger } from "./logger.js";
import { ApiMetrics } from "./metrics.js";
import { ModelVersionStore } from "./store/model-version-store.js";
import { FeedbackStore } from "./store/feedback-store.js";
import { NumberReadingStore } from "./store/number-reading-store.js";
import { OwnerStore } from "./store/owner-store.js";
import { PredictionStore } from "./store/prediction-store.js";
import { TrainingRunStore } from "./store/training-run-store.js";
import { databaseCheckpoints, directoryCheckpoints } from "./training/checkpoint-store.js";
import { sweepExpiredLeases } from "./training/lease-sweeper.js";
import { Trainer } from "./training/trainer.js";

export const PGLITE_SUBDIR = "pglite";
/** Epoch checkpoints of the embedded database's runs, under DATA_DIR. */
export const CHECKPOINTS_SUBDIR = "checkpoints";

/** How often a replica checks whether another one activated a different model version. */
export const FOLLOW_ACTIVE_MODEL_MS = 2000;

export interface ApiServer {
  /** http://host:port, with the port actually bound (PORT=0 picks a free one). */
  url: string;
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  database: DatabaseHandle;
  adminToken: string;
  /** Where the admin token came from (the environment, the data directory, or generated now). */
  admin: AdminTokenSource;
  /** A context for apollo.executeOperation, as the HTTP layer would build it for `caller`. */
  contextFor(caller: Caller): GraphQLContext;
  /**
   * Stops accepting, answers every request received (Connection: close), closes idle connections,
   * writes queued history, frees the model after its last request, closes the database.
   */
  stop(): Promise<void>;
}

/** How long stop() waits for requests in flight before closing their connections. */
export const DEFAULT_STOP_GRACE_MS = 10_000;

export interface StartOptions {
  logger?: Logger;
  /** How long stop() waits for in-flight requests before closing their connections (default 10 s). */
  stopGracePeriodMillis?: number;
  /** The data directory's lock when the caller already holds it; released by stop(). */
  dataDirLock?: DataDirLock;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Starts the whole API: data directory, database + migrations, model, HTTP server. */
export async function startApiServer(config: Config, options: StartOptions = {}): Promise<ApiServer> {
  const logger = options.logger ?? createLogger(config.logLevel, config.logFormat);
  // Undone in reverse order when a later step fails, and by stop().
  const teardown: Array<() => Promise<void>> = [];
  const undo = async () => {
    for (const step of teardown.reverse()) await step();
  };
  try {
    if (config.databaseUrl && !config.adminToken)
      throw new ConfigError(
        "Invalid environment:\n  ADMIN_TOKEN: needed with DATABASE_URL: every replica must share it, since it also signs session cookies (got undefined)",
      );
    // On PostgreSQL nothing is kept on disk, so no data directory is made.
    if (!config.databaseUrl) await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
    if (options.dataDirLock) teardown.push(() => options.dataDirLock!.release());
    else if (!config.databaseUrl) {
      const lock = await lockDataDir(config.dataDir);
      teardown.push(() => lock.release());
    }
    // Announced by the caller (main.ts), once: a generated token is shown only when it is made.
    const admin = await resolveAdminToken(config.dataDir, config.adminToken);

    logger.info(config.databaseUrl ? "opening the PostgreSQL database" : "opening the embedded database");
    const database = await openDatabase(
      config.databaseUrl
        ? { kind: "postgres", url: config.databaseUrl }
        : { kind: "pglite", dir: join(config.dataDir, PGLITE_SUBDIR) },
    );
    teardown.push(() => database.close());

    const metrics = new ApiMetrics();
    metrics.observeThreadCpu("database", database.threadId);
    // One set of threads decodes, preprocesses and runs the model; the event loop only hands bytes over.
    const recognition = await RecognitionPool.start({
      threads: config.preprocessThreads,
      backend: config.backend,
    });
    teardown.push(() => recognition.close());
    recognition.threadIds.forEach((threadId, index) =>
      metrics.observeThreadCpu(`recognition-${index}`, threadId),
    );
    metrics.observeThreadCpu("event-loop", process.pid);
    const preprocess = createPreprocessPool({
      threads: config.preprocessThreads,
      run: (task) => recognition.preprocess(task),
    });
    const models = new ModelVersionStore(database.db);
    logger.info("loading the model");
    const activeModel = await ActiveModel.load(models, recognition, { modelDir: config.modelDir });
    teardown.push(() => activeModel.close());
    // Warmed while the rest starts, so the first uploads are not slowed by the threads' JIT.
    const warming = activeModel.warmUp();
    activeModel.onBatch((size, durationMs) => {
      metrics.batchSize.observe(size);
      metrics.batchDuration.observe(durationMs / 1000);
    });
    const showModel = (version: { name: string; architecture: string }) => {
      metrics.modelInfo.reset();
      metrics.modelInfo.set(
        { version: version.name, architecture: version.architecture, backend: activeModel.backend },
        1,
      );
    };
    showModel(activeModel.version);
    activeModel.onSwitch((version) => {
      showModel(version);
      logger.info({ model: version.name }, "switched the serving model");
    });
    // Only PostgreSQL can have other replicas; PGlite's data directory belongs to this process alone.
    if (database.kind === "postgres") {
      activeModel.follow(FOLLOW_ACTIVE_MODEL_MS, (error) =>
        logger.error({ err: error }, "could not follow the active model version"),
      );
    }

    const runs = new TrainingRunStore(database.db);
    const feedback = new FeedbackStore(database.db);
    metrics.observeTrainingQueue(runs);
    let trainer: Trainer | undefined;
    if (config.trainer === "in-process") {
      trainer = new Trainer({
        runs,
        log: logger,
        mnistDir: config.mnistDir,
        backend: config.backend,
        kind: "in-process",
        // Embedded database: this process is the only trainer. PostgreSQL: replicas may train too.
        recovery: database.kind === "pglite" ? "all" : "expired",
        leaseMs: config.trainingLeaseMs,
        maxAttempts: config.trainingMaxAttempts,
        checkpoints:
          database.kind === "pglite"
            ? directoryCheckpoints(runs, join(config.dataDir, CHECKPOINTS_SUBDIR))
            : databaseCheckpoints(runs),
        feedbackLoop: { models, feedback, activate: (id) => activeModel.activate(id) },
      });
      await trainer.start();
      const started = trainer;
      teardown.push(() => started.stop());
    } else {
      const sweeper = sweepExpiredLeases(runs, {
        leaseMs: config.trainingLeaseMs,
        maxAttempts: config.trainingMaxAttempts,
        log: logger,
      });
      teardown.push(() => sweeper.stop());
    }

    await warming;
    const predictions = new PredictionStore(database.db, (rows) => metrics.historyInsertBatch.observe(rows));
    teardown.push(() => predictions.close());
    const numbers = new NumberReadingStore(database.db);
    teardown.push(() => numbers.close());
    const services: Services = {
      predictions,
      numbers,
      owners: new OwnerStore(database.db),
      models,
      runs,
      feedback,
      trainer,
      activeModel,
      preprocess,
      metrics,
      limits: {
        maxUploadBytes: config.maxUploadBytes,
        maxFiles: config.maxFiles,
        uploadTimeoutMs: config.uploadTimeoutMs,
      },
      storeAnonymous: config.storeAnonymous,
      rateLimits: {
        predictions:
          config.rateLimitPredictions > 0 ? new RateLimiter(config.rateLimitPredictions, 60_000) : undefined,
        apiKeys:
          config.rateLimitApiKeys > 0 ? new RateLimiter(config.rateLimitApiKeys, 3_600_000) : undefined,
      },
    };

    const httpServer = createServer();
    answerClientErrors(httpServer);
    const drain = new HttpDrain(httpServer);
    // Whole request (headers and body) within a minute, so a trickling client cannot hold a slot forever.
    httpServer.requestTimeout = 60_000;
    const apollo = createApolloServer({ introspection: config.nodeEnv !== "production" });
    await apollo.start();
    teardown.push(() => apollo.stop());
    const inFlight = new InFlight();

    let accepting = false;
    const app = createApp({
      apollo,
      services,
      logger,
      adminToken: admin.token,
      corsOrigins: config.corsOrigins,
      inFlight,
      trustProxy: config.trustProxy,
      readiness: {
        accepting: () => accepting,
        ping: () => database.ping(),
        modelVersion: () => activeModel.version.name,
      },
    });
    httpServer.on("request", app);
    const address = await listen(httpServer, config.port, config.host);
    accepting = true;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;

    let stopping: Promise<void> | undefined;
    const graceMs = options.stopGracePeriodMillis ?? DEFAULT_STOP_GRACE_MS;
    return {
      url,
      apollo,
      services,
      database,
      adminToken: admin.token,
      admin,
      contextFor: (caller) => ({
        caller,
        log: logger,
        receivedAt: performance.now(),
        services,
        answered: new AnsweredPredictions(),
      }),
      stop() {
        accepting = false;
        stopping ??= (async () => {
          // Answer everything received, then let handlers whose client left finish, then close the rest.
          await drain.drain(graceMs);
          await inFlight.idle(graceMs);
          await undo();
        })();
        return stopping;
      },
    };
  } catch (error) {
    await undo();
    throw error;
  }
}
