import { availableParallelism } from "node:os";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** apps/api/.data: next to the package, whatever directory pnpm or turbo starts us from. */
export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../.data");

const MIB = 1024 * 1024;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const LOG_FORMATS = ["pretty", "json"] as const;

// Empty strings count as unset, so `FOO= pnpm start` falls back to the default instead of failing.
function unsetIfEmpty<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), schema);
}

const optionalString = unsetIfEmpty(z.string().optional());

function integer(min: number, max: number, fallback: number) {
  return unsetIfEmpty(
    z.coerce.number().int(`must be an integer between ${min} and ${max}`).min(min).max(max).default(fallback),
  );
}

function flag(fallback: boolean) {
  return unsetIfEmpty(
    z
      .string()
      .default(String(fallback))
      .transform((value) => value.toLowerCase())
      .pipe(z.enum(["true", "false", "1", "0"], "must be true or false"))
      .transform((value) => value === "true" || value === "1"),
  );
}

const envSchema = z.object({
  NODE_ENV: unsetIfEmpty(z.enum(["development", "production", "test"]).default("development")),
  PORT: integer(0, 65_535, 4000),
  HOST: unsetIfEmpty(z.string().min(1).default("127.0.0.1")),
  DATA_DIR: optionalString,
  DATABASE_URL: optionalString.refine(
    (value) => value === undefined || /^postgres(ql)?:\/\//.test(value),
    "must be a postgres:// or postgresql:// URL (leave it unset to use the embedded PGlite database in DATA_DIR)",
  ),
  ADMIN_TOKEN: optionalString.refine(
    (value) => value === undefined || value.length >= 16,
    "must be at least 16 characters long",
  ),
  MAX_UPLOAD_BYTES: integer(1024, 100 * MIB, 10 * MIB),
  MAX_FILES: integer(1, 100, 16),
  UPLOAD_TIMEOUT_MS: integer(100, 600_000, 15_000),
  CORS_ORIGINS: optionalString.refine(
    (value) =>
      value === undefined ||
      value.split(",").every((origin) => origin.trim() === "*" || URL.canParse(origin.trim())),
    "must be a comma-separated list of origins such as http://localhost:3000",
  ),
  MODEL_DIR: optionalString,
  DIGIT_BACKEND: unsetIfEmpty(z.enum(["tensorflow", "wasm", "cpu"]).optional()),
  LOG_LEVEL: unsetIfEmpty(z.enum(LOG_LEVELS).default("info")),
  LOG_FORMAT: unsetIfEmpty(z.enum(LOG_FORMATS).optional()),
  TRAINER: unsetIfEmpty(z.enum(["in-process", "none"]).default("in-process")),
  MNIST_DIR: optionalString,
  TRUST_PROXY: optionalString.refine(
    (value) =>
      value === undefined ||
      /^\d+$/.test(value) ||
      value
        .split(",")
        .every((part) => /^(loopback|linklocal|uniquelocal|[0-9a-fA-F:.]+(\/\d+)?)$/.test(part.trim())),
    "must be a hop count, or addresses, subnets or loopback/linklocal/uniquelocal, comma-separated",
  ),
  TRAINING_LEASE_MS: integer(1000, 600_000, 30_000),
  TRAINING_MAX_ATTEMPTS: integer(1, 100, 3),
  WORKER_PORT: integer(0, 65_535, 4100),
  PREPROCESS_THREADS: integer(1, 64, availableParallelism()),
  STORE_ANONYMOUS: flag(false),
  RATE_LIMIT_PREDICTIONS: integer(0, 1_000_000, 120),
  RATE_LIMIT_API_KEYS: integer(0, 100_000, 10),
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface Config {
  nodeEnv: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  /** Set: PostgreSQL at this URL. Unset: embedded PGlite under dataDir. */
  databaseUrl: string | undefined;
  adminToken: string | undefined;
  maxUploadBytes: number;
  maxFiles: number;
  /** A multipart body must arrive within this time, or the upload is refused with UPLOAD_TIMEOUT. */
  uploadTimeoutMs: number;
  /** Origins allowed to call the API from a browser with credentials; "*" allows any; empty: none. */
  corsOrigins: string[];
  /** Undefined: the model shipped with @digit-lab/model (not imported here, so a bad config fails fast). */
  modelDir: string | undefined;
  backend: "tensorflow" | "wasm" | "cpu" | undefined;
  logLevel: LogLevel;
  /** pretty: terse lines for people (default); json: one JSON object per line (default in production). */
  logFormat: LogFormat;
  /** in-process: this server trains queued runs on a worker thread; none: `pnpm worker` processes do (PostgreSQL only). */
  trainer: "in-process" | "none";
  /** Express's `trust proxy`: which proxies' X-Forwarded-For is believed (unset: none). */
  trustProxy: string | number | undefined;
  /** How long a trainer's claim on a run lasts without a heartbeat; then any replica or worker requeues it. */
  trainingLeaseMs: number;
  /** Claims after which a run whose trainer is lost again is FAILED instead of requeued. */
  trainingMaxAttempts: number;
  /** Where `pnpm worker` serves /healthz and /metrics (on HOST). */
  workerPort: number;
  /** Undefined: the MNIST files of @digit-lab/model (data/mnist at the repository root). */
  mnistDir: string | undefined;
  /** Worker threads for image preprocessing (decode, digit search, thumbnail); default one per core. */
  preprocessThreads: number;
  /** Keep predictions of callers without credentials (default: answered, not stored). */
  storeAnonymous: boolean;
  /** Files one caller (key, session or address) may have recognised per minute; 0: no limit. */
  rateLimitPredictions: number;
  /** API keys one caller may create per hour; 0: no limit. */
  rateLimitApiKeys: number;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates the environment once at start; every problem is named with its variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) =>
        `  ${issue.path.join(".")}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
    );
    throw new ConfigError(`Invalid environment:\n${problems.join("\n")}`);
  }
  const value = parsed.data;
  if (value.TRAINER === "none" && value.DATABASE_URL === undefined) {
    throw new ConfigError(
      'Invalid environment:\n  TRAINER: none needs DATABASE_URL: separate workers share runs through PostgreSQL, not the embedded database (got "none")',
    );
  }
  return {
    nodeEnv: value.NODE_ENV,
    port: value.PORT,
    host: value.HOST,
    dataDir: resolve(value.DATA_DIR ?? DEFAULT_DATA_DIR),
    databaseUrl: value.DATABASE_URL,
    adminToken: value.ADMIN_TOKEN,
    maxUploadBytes: value.MAX_UPLOAD_BYTES,
    maxFiles: value.MAX_FILES,
    uploadTimeoutMs: value.UPLOAD_TIMEOUT_MS,
    corsOrigins: (value.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0)
      .map((origin) => (origin === "*" ? origin : new URL(origin).origin)),
    modelDir: value.MODEL_DIR === undefined ? undefined : resolve(value.MODEL_DIR),
    backend: value.DIGIT_BACKEND,
    logLevel: value.LOG_LEVEL,
    logFormat: value.LOG_FORMAT ?? (value.NODE_ENV === "production" ? "json" : "pretty"),
    trainer: value.TRAINER,
    trustProxy:
      value.TRUST_PROXY === undefined || !/^\d+$/.test(value.TRUST_PROXY)
        ? value.TRUST_PROXY
        : Number(value.TRUST_PROXY),
    trainingLeaseMs: value.TRAINING_LEASE_MS,
    trainingMaxAttempts: value.TRAINING_MAX_ATTEMPTS,
    workerPort: value.WORKER_PORT,
    mnistDir: value.MNIST_DIR === undefined ? undefined : resolve(value.MNIST_DIR),
    preprocessThreads: value.PREPROCESS_THREADS,
    storeAnonymous: value.STORE_ANONYMOUS,
    rateLimitPredictions: value.RATE_LIMIT_PREDICTIONS,
    rateLimitApiKeys: value.RATE_LIMIT_API_KEYS,
  };
}
