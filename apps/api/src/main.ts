import { mkdir } from "node:fs/promises";
import { startBanner } from "./banner.js";
import { lockDataDir, type DataDirLock } from "./db/data-dir-lock.js";
import { ConfigError, loadConfig, type Config } from "./env.js";
import { createLogger } from "./logger.js";
import { stopOnSignals } from "./stop-on-signals.js";

// Expected start-up failures (bad config, locked data directory, missing model) print their message, not a stack.
const EXPECTED_FAILURES = new Set(["ConfigError", "DataDirLockedError", "ModelLoadError", "BackendError"]);

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const logger = createLogger(config.logLevel, config.logFormat);
try {
  // Before the slow imports below, so a second server on the same PGlite directory is refused at once.
  let dataDirLock: DataDirLock | undefined;
  if (!config.databaseUrl) {
    await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
    dataDirLock = await lockDataDir(config.dataDir);
  }
  // Loaded only now: TensorFlow.js and the database drivers take seconds to import.
  const { startApiServer } = await import("./server.js");
  const server = await startApiServer(config, { logger, ...(dataDirLock ? { dataDirLock } : {}) });
  stopOnSignals(
    logger,
    (signal) => logger.info({ signal }, "shutting down: draining in-flight requests"),
    () => server.stop(),
    "stopped cleanly",
  );
  // Announced only once the signals are handled, so a stop right after the banner is a clean one.
  if (config.logFormat === "pretty") {
    process.stdout.write(startBanner(server, process.stdout.isTTY === true && !process.env.NO_COLOR));
  } else {
    const { services, database, admin } = server;
    logger.info(
      {
        url: server.url,
        database: database.kind,
        model: services.activeModel.version.name,
        backend: services.activeModel.backend,
      },
      "API server listening",
    );
    // Shown once: later starts read the token from the file and do not print it.
    if (admin.origin === "generated")
      logger.warn(
        { path: admin.path },
        `Generated the admin token (shown only now, kept in ${admin.path}): ${admin.token}`,
      );
  }
} catch (error) {
  const name = (error as Error).name;
  if (EXPECTED_FAILURES.has(name)) {
    logger.fatal((error as Error).message);
    console.error((error as Error).message);
  } else {
    logger.fatal({ err: error }, "the API server could not start");
  }
  process.exit(1);
}
