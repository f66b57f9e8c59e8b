import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError, DEFAULT_DATA_DIR, loadConfig } from "./env.js";

describe("loadConfig", () => {
  it("has working defaults: PGlite in apps/api/.data, the shipped model (undefined), 10 MiB and 16 files", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: "127.0.0.1",
      dataDir: DEFAULT_DATA_DIR,
      databaseUrl: undefined,
      adminToken: undefined,
      maxUploadBytes: 10 * 1024 * 1024,
      maxFiles: 16,
      corsOrigins: [],
      modelDir: undefined,
      logLevel: "info",
      logFormat: "pretty",
      trainer: "in-process",
      mnistDir: undefined,
      preprocessThreads: availableParallelism(),
      uploadTimeoutMs: 15_000,
      storeAnonymous: false,
      rateLimitPredictions: 120,
      rateLimitApiKeys: 10,
      trainingLeaseMs: 30_000,
      trainingMaxAttempts: 3,
      workerPort: 4100,
      trustProxy: undefined,
    });
    expect(DEFAULT_DATA_DIR).toMatch(/apps\/api\/\.data$/);
  });

  it("falls back to the default for empty numbers, flags and choices", () => {
    expect(loadConfig({ PORT: "", STORE_ANONYMOUS: "", NODE_ENV: "", LOG_LEVEL: "" })).toMatchObject({
      port: 4000,
      storeAnonymous: false,
      nodeEnv: "development",
      logLevel: "info",
    });
  });

  it("reads every variable, treating empty strings as unset", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "0.0.0.0",
      DATA_DIR: "relative/dir",
      DATABASE_URL: "postgresql://u:p@db:5432/digits",
      ADMIN_TOKEN: "a-very-long-admin-token",
      MAX_UPLOAD_BYTES: "2048",
      MAX_FILES: "3",
      CORS_ORIGINS: "http://localhost:3000/, https://digits.example ",
      MODEL_DIR: "/models/x",
      LOG_LEVEL: "debug",
      DIGIT_BACKEND: "",
      TRAINER: "none",
      MNIST_DIR: "/data/mnist",
      PREPROCESS_THREADS: "3",
      UPLOAD_TIMEOUT_MS: "5000",
      STORE_ANONYMOUS: "TRUE",
      RATE_LIMIT_PREDICTIONS: "0",
      RATE_LIMIT_API_KEYS: "50",
      TRAINING_LEASE_MS: "5000",
      TRAINING_MAX_ATTEMPTS: "5",
      WORKER_PORT: "9100",
      TRUST_PROXY: "loopback, 10.0.0.0/8",
    });
    expect(config).toMatchObject({
      port: 8080,
      host: "0.0.0.0",
      databaseUrl: "postgresql://u:p@db:5432/digits",
      adminToken: "a-very-long-admin-token",
      maxUploadBytes: 2048,
      maxFiles: 3,
      corsOrigins: ["http://localhost:3000", "https://digits.example"],
      modelDir: "/models/x",
      logLevel: "debug",
      backend: undefined,
      trainer: "none",
      mnistDir: "/data/mnist",
      preprocessThreads: 3,
      uploadTimeoutMs: 5000,
      storeAnonymous: true,
      rateLimitPredictions: 0,
      rateLimitApiKeys: 50,
      trainingLeaseMs: 5000,
      trainingMaxAttempts: 5,
      workerPort: 9100,
      trustProxy: "loopback, 10.0.0.0/8",
    });
    expect(config.dataDir).toBe(`${process.cwd()}/relative/dir`);
  });

  it("logs JSON lines in production unless LOG_FORMAT says otherwise", () => {
    expect(loadConfig({ NODE_ENV: "production" }).logFormat).toBe("json");
    expect(loadConfig({ NODE_ENV: "production", LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(loadConfig({ LOG_FORMAT: "json" }).logFormat).toBe("json");
  });

  it.each([
    ["PORT", "abc"],
    ["PORT", "70000"],
    ["MAX_UPLOAD_BYTES", "1.5"],
    ["MAX_FILES", "0"],
    ["DATABASE_URL", "mysql://localhost/db"],
    ["ADMIN_TOKEN", "short"],
    ["CORS_ORIGINS", "not a url"],
    ["LOG_LEVEL", "loud"],
    ["DIGIT_BACKEND", "gpu"],
    ["TRAINER", "sometimes"],
    ["TRAINER", "none"],
    ["PREPROCESS_THREADS", "0"],
    ["UPLOAD_TIMEOUT_MS", "10"],
    ["LOG_FORMAT", "xml"],
    ["STORE_ANONYMOUS", "yes"],
    ["TRAINING_LEASE_MS", "10"],
    ["TRAINING_MAX_ATTEMPTS", "0"],
    ["TRUST_PROXY", "everyone"],
    ["RATE_LIMIT_PREDICTIONS", "-1"],
    ["RATE_LIMIT_API_KEYS", "many"],
  ])("refuses %s=%s with a message naming the variable", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(
      new RegExp(`${name}: .*\\(got "${value.replace(/[.]/g, "\\.")}"\\)`),
    );
  });
});
