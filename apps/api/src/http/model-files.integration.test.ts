import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabase,
  databaseKind,
  fixtureModelDirs,
  postgresUnavailable,
  SEVERAL_RECOGNITION_THREADS,
  startTestServer,
  type TestServer,
} from "../../test/harness.js";

const ACTIVE = "{ activeModel { id name contentId browserModelPath } models { id name contentId } }";

interface Served {
  id: string;
  name: string;
  contentId: string;
  browserModelPath: string;
}

describe.skipIf(postgresUnavailable)(`browser model files over HTTP (${databaseKind})`, () => {
  let api: TestServer;
  let served: Served;
  let models: Array<{ id: string; name: string; contentId: string }>;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${api.server.url}${path}`, { headers });

  beforeAll(async () => {
    // Two registered versions: the first server registers fixture-a, the second fixture-b and serves it.
    const database = await createTestDatabase();
    const first = await startTestServer(database);
    await first.server.stop();
    api = await startTestServer(database, {
      MODEL_DIR: (await fixtureModelDirs()).other,
      CORS_ORIGINS: "http://localhost:3000",
      ...SEVERAL_RECOGNITION_THREADS,
    });
    const answer = await api.anonymous.query(ACTIVE);
    served = answer.data.activeModel as Served;
    models = answer.data.models as typeof models;
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("names the active version's files by the SHA-256 of model.json and the weights", async () => {
    expect(served.name).toBe("fixture-b");
    expect(served.contentId).toMatch(/^[0-9a-f]{64}$/);
    expect(served.browserModelPath).toBe(`/models/${served.contentId}/model.json`);
    const json = await get(served.browserModelPath);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect(json.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(json.headers.get("etag")).toBe(`"${served.contentId}-json"`);
    const modelJson = await json.text();
    const manifest = (JSON.parse(modelJson) as { weightsManifest: Array<{ paths: string[] }> })
      .weightsManifest;
    expect(manifest.map((group) => group.paths)).toEqual([["weights.bin"]]);
    const weights = await get(`/models/${served.contentId}/weights.bin`);
    expect(weights.status).toBe(200);
    expect(weights.headers.get("content-type")).toBe("application/octet-stream");
    expect(weights.headers.get("etag")).toBe(`"${served.contentId}-weights"`);
    const bytes = new Uint8Array(await weights.arrayBuffer());
    expect(bytes.byteLength).toBeGreaterThan(1000);
    const digest = createHash("sha256").update(modelJson).update(bytes).digest("hex");
    expect(digest).toBe(served.contentId);
    // Every version listed has its own id.
    expect(new Set(models.map((m) => m.contentId)).size).toBe(2);
  });

  it("answers 304 to a cached copy's ETag, with the same cache headers", async () => {
    const response = await get(served.browserModelPath, { "if-none-match": `"${served.contentId}-json"` });
    expect(response.status).toBe(304);
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(await response.text()).toBe("");
    const other = await get(served.browserModelPath, { "if-none-match": `"${served.contentId}-weights"` });
    expect(other.status).toBe(200);
  });

  it("lets configured browser origins fetch the files, and only them", async () => {
    const allowed = await get(served.browserModelPath, { origin: "http://localhost:3000" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:3000");
    const other = await get(served.browserModelPath, { origin: "http://evil.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers 404 in GraphQL's error shape for unknown ids and files", async () => {
    for (const path of [
      `/models/${"0".repeat(64)}/model.json`,
      `/models/${served.contentId}/secrets.txt`,
      "/models/not-an-id/model.json",
    ]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions
          .code,
      ).toBe("NOT_FOUND");
    }
  });

  it("serves a newly activated version under its own id, and the previous one to pages that loaded it", async () => {
    const other = models.find((m) => m.name === "fixture-a")!;
    const activated = await api.admin.query("mutation ($id: ID!) { activateModel(id: $id) { contentId } }", {
      id: other.id,
    });
    expect(activated.data.activateModel.contentId).toBe(other.contentId);
    const now = await api.anonymous.query(ACTIVE);
    expect(now.data.activeModel.browserModelPath).toBe(`/models/${other.contentId}/model.json`);
    expect((await get(now.data.activeModel.browserModelPath as string)).status).toBe(200);
    expect((await get(served.browserModelPath)).status).toBe(200);
  });
});
