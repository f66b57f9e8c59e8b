import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HISTORY, PREDICT_DIGIT } from "../test/graphql-client.js";
import {
  createTestDatabase,
  databaseKind,
  fixtureModelDirs,
  newKeyHolder,
  postgresUnavailable,
  startTestServer,
  type TestServer,
} from "../test/harness.js";
import { drawnDigitPng } from "../test/images.js";
import { DataDirLockedError } from "./db/data-dir-lock.js";

const MODELS =
  "{ activeModel { name architecture parameterCount testAccuracy active trainingRun { status epochs { epoch } } } models { name active } }";

describe.skipIf(postgresUnavailable)(`server lifecycle, health and metrics (${databaseKind})`, () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer(undefined, { CORS_ORIGINS: "http://localhost:3000" });
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("lets configured browser origins call with credentials, and only them", async () => {
    const preflight = (origin: string) =>
      fetch(`${api.server.url}/graphql`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "POST",
          "access-control-request-headers": "content-type,apollo-require-preflight",
        },
      });
    const allowed = await preflight("http://localhost:3000");
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("apollo-require-preflight");
    const other = await preflight("http://evil.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers /healthz and /readyz (database and model ready)", async () => {
    const health = await fetch(`${api.server.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    const ready = await fetch(`${api.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      database: "ok",
      model: "fixture-a",
      accepting: true,
    });
    expect(ready.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const echoed = await fetch(`${api.server.url}/healthz`, { headers: { "x-request-id": "trace-42" } });
    expect(echoed.headers.get("x-request-id")).toBe("trace-42");
  });

  it("tells caches not to keep GraphQL answers", async () => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ activeModel { name } }" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("exports Prometheus metrics: requests, latencies, batch sizes, predictions by digit, model version", async () => {
    const user = await newKeyHolder(api.anonymous);
    const made = await user.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(7) },
    ]);
    const digit = made.data.predictDigit.digit as number;
    const response = await fetch(`${api.server.url}/metrics`);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const metrics = await response.text();
    expect(metrics).toMatch(/http_requests_total\{route="\/graphql",method="POST",status="200"\} [1-9]/);
    expect(metrics).toMatch(/http_request_duration_seconds_count\{route="\/graphql",method="POST"\} [1-9]/);
    expect(metrics).toMatch(/predictor_batch_size_count [1-9]/);
    expect(metrics).toMatch(/history_insert_batch_rows_count [1-9]/);
    expect(metrics).toContain(`predictions_total{digit="${digit}"} 1`);
    expect(metrics).toMatch(/model_info\{version="fixture-a",architecture="reference",backend="\w+"\} 1/);
    expect(metrics).toContain("process_resident_memory_bytes");
  });

  it("describes the active model and every registered version", async () => {
    const { data } = await api.anonymous.query(MODELS);
    expect(data.activeModel).toEqual({
      name: "fixture-a",
      architecture: "reference",
      parameterCount: 693_962,
      testAccuracy: 0.1,
      active: true,
      trainingRun: { status: "SUCCEEDED", epochs: [{ epoch: 1 }] },
    });
    expect(data.models).toEqual([{ name: "fixture-a", active: true }]);
  });

  it.runIf(databaseKind === "pglite")("refuses a second server on the same data directory", async () => {
    const second = startTestServer(api.database);
    await expect(second).rejects.toThrow(DataDirLockedError);
    await expect(startTestServer(api.database)).rejects.toThrow(
      `is already using the data directory ${api.database.dataDir}`,
    );
    // The first one is unaffected.
    expect((await fetch(`${api.server.url}/readyz`)).status).toBe(200);
  });
});

describe.skipIf(postgresUnavailable)(`restarts (${databaseKind})`, () => {
  it("keeps history, keys and model versions across a restart, and registers a newly served model", async () => {
    const database = await createTestDatabase();
    const first = await startTestServer(database);
    const user = await newKeyHolder(first.anonymous);
    const made = await user.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(1) },
    ]);
    const id = made.data.predictDigit.id as string;
    await first.server.stop();

    const second = await startTestServer(database, { MODEL_DIR: (await fixtureModelDirs()).other });
    try {
      const again = second.anonymous.withKey(user.headers.authorization!.replace("Bearer ", ""));
      const history = await again.query("{ predictions { totalCount edges { node { id modelVersion } } } }");
      expect(history.data.predictions).toEqual({
        totalCount: 1,
        edges: [{ node: { id, modelVersion: "fixture-a" } }],
      });
      const models = await again.query("{ activeModel { name } models { name active } }");
      expect(models.data).toEqual({
        activeModel: { name: "fixture-b" },
        models: [
          { name: "fixture-b", active: true },
          { name: "fixture-a", active: false },
        ],
      });
    } finally {
      await second.server.stop();
    }
  });

  it("masks internal errors: no message, no stack, code INTERNAL_SERVER_ERROR; /readyz reports the database", async () => {
    const api = await startTestServer();
    try {
      const user = await newKeyHolder(api.anonymous);
      await user.query("{ viewer { kind } }"); // caches the key, so the failure happens inside a resolver
      await api.server.database.close();
      const response = await user.query(HISTORY);
      expect(response.errors).toEqual([
        {
          message: "Internal server error",
          locations: expect.any(Array),
          path: ["predictions"],
          extensions: { code: "INTERNAL_SERVER_ERROR" },
        },
      ]);
      expect(response.text).not.toMatch(/closed|pglite|pool|\n\s+at /i);
      // Outside GraphQL (the key lookup of a new key) the same mask applies.
      const other = await api.anonymous.withKey("dlk_unknown").query(HISTORY);
      expect([other.status, other.errors]).toEqual([
        500,
        [{ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
      ]);
      const ready = await fetch(`${api.server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ status: "unavailable", database: "unavailable" });
    } finally {
      await api.server.stop().catch(() => undefined);
    }
  });
});
