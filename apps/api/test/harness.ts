import { randomUUID } from "node:crypto";
import { cp, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { loadConfig } from "../src/env.js";
import { PGLITE_SUBDIR, startApiServer, type ApiServer, type StartOptions } from "../src/server.js";
import { writeFixtureModel } from "./fixture-model.js";
import { CREATE_API_KEY, TestClient } from "./graphql-client.js";

export const TEST_ADMIN_TOKEN = "test-admin-token-0123456789abcdef";

export const databaseKind = inject("databaseKind");

/** True in the postgres project on a machine without PostgreSQL (never in CI: global setup fails there). */
export const postgresUnavailable = databaseKind === "postgres" && inject("postgresUrl") === null;

export interface TestDatabase {
  dataDir: string;
  databaseUrl?: string;
}

/** A fresh data directory with a copy of the migrated PGlite template, or a new database on the PostgreSQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), "digit-lab-api-test-"));
  if (databaseKind === "pglite") {
    await cp(inject("pgliteTemplate"), join(dataDir, PGLITE_SUBDIR), { recursive: true });
    return { dataDir };
  }
  const adminUrl = inject("postgresUrl");
  if (!adminUrl) throw new Error(inject("postgresSkipReason"));
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { dataDir, databaseUrl: url.toString() };
}

let fixtureModels: Promise<{ served: string; other: string }> | undefined;

/** Two untrained models (written once per test file, ~0.1 s): "fixture-a" is served, "fixture-b" is for switching. */
export function fixtureModelDirs(): Promise<{ served: string; other: string }> {
  fixtureModels ??= (async () => {
    const root = await mkdtemp(join(tmpdir(), "digit-lab-api-models-"));
    return {
      served: await writeFixtureModel(root, "fixture-a", 1),
      other: await writeFixtureModel(root, "fixture-b", 2),
    };
  })();
  return fixtureModels;
}

/** For suites that activate or switch models: every recognition thread must take the new version. */
export const SEVERAL_RECOGNITION_THREADS = { PREPROCESS_THREADS: "2" } as const;

export interface TestServer {
  server: ApiServer;
  database: TestDatabase;
  /** No credentials, not a browser: anonymous. */
  anonymous: TestClient;
  admin: TestClient;
}

/** The real server on 127.0.0.1 with a free port, a fixture model and the test database. */
export async function startTestServer(
  database?: TestDatabase,
  env: Record<string, string> = {},
  options: StartOptions = { stopGracePeriodMillis: 2000 },
): Promise<TestServer> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({
    NODE_ENV: "test",
    PORT: "0",
    DATA_DIR: db.dataDir,
    DATABASE_URL: db.databaseUrl ?? "",
    MODEL_DIR: (await fixtureModelDirs()).served,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    // Suites make many keys and predictions from one address; the rate-limit suite turns them on.
    RATE_LIMIT_PREDICTIONS: "0",
    RATE_LIMIT_API_KEYS: "0",
    // Each thread starts TensorFlow.js, loads the model and warms up; suites about activation ask for more.
    PREPROCESS_THREADS: "1",
    ...env,
  });
  const server = await startApiServer(config, options);
  const anonymous = new TestClient(server.url);
  return { server, database: db, anonymous, admin: anonymous.withKey(TEST_ADMIN_TOKEN) };
}

/** A client with a brand-new API key, i.e. a new owner with an empty history. */
export async function newKeyHolder(anonymous: TestClient, name = "test"): Promise<TestClient> {
  const response = await anonymous.query(CREATE_API_KEY, { name });
  const key = response.data?.createApiKey?.key;
  if (typeof key !== "string") throw new Error(`createApiKey failed: ${response.text}`);
  return anonymous.withKey(key);
}

/** How many predictions are stored, whoever owns them (the admin sees all). */
export async function storedPredictionCount(admin: TestClient): Promise<number> {
  const response = await admin.query("{ predictions(first: 1) { totalCount } }");
  return response.data.predictions.totalCount as number;
}
