import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CREATE_API_KEY,
  PREDICT_DIGIT,
  PREDICT_DIGITS,
  type GraphQLResponse,
  type Json,
  type TestClient,
} from "../../test/graphql-client.js";
import { databaseKind, postgresUnavailable, startTestServer, type TestServer } from "../../test/harness.js";
import { drawnDigitPng } from "../../test/images.js";

const PREDICTIONS_PER_MINUTE = 3;
const KEYS_PER_HOUR = 2;
const BROWSER = {
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
  "sec-fetch-site": "same-origin",
};
const KEYS = "{ apiKeys { id name current } }";
const REVOKE = "mutation ($id: ID!) { revokeApiKey(id: $id) }";

function expectRateLimited(response: GraphQLResponse): void {
  const error = response.errors?.[0];
  expect(error?.extensions?.code).toBe("RATE_LIMITED");
  const wait = error?.extensions?.retryAfterSeconds as number;
  expect(wait).toBeGreaterThan(0);
  expect(response.headers.get("retry-after")).toBe(String(wait));
  expect(error?.message).toMatch(/Try again in \d+ s/);
}

describe.skipIf(postgresUnavailable)(`rate limits and API keys (${databaseKind})`, () => {
  let api: TestServer;
  let png: Buffer;

  /** A key for a new owner, made by the admin (who is not rate limited). */
  async function keyHolder(name: string): Promise<{ client: TestClient; id: string }> {
    const { data } = await api.admin.query(CREATE_API_KEY, { name });
    return {
      client: api.anonymous.withKey(data.createApiKey.key as string),
      id: data.createApiKey.id as string,
    };
  }

  const predict = (client: TestClient) =>
    client.upload(PREDICT_DIGIT, { image: null }, [{ path: "variables.image", bytes: png }]);

  beforeAll(async () => {
    api = await startTestServer(undefined, {
      RATE_LIMIT_PREDICTIONS: String(PREDICTIONS_PER_MINUTE),
      RATE_LIMIT_API_KEYS: String(KEYS_PER_HOUR),
    });
    png = await drawnDigitPng(7);
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("limits createApiKey per address, dropped session cookies included; never the admin", async () => {
    for (let i = 0; i < KEYS_PER_HOUR; i++)
      expect((await api.anonymous.query(CREATE_API_KEY, { name: `k${i}` })).errors).toBeUndefined();
    expectRateLimited(await api.anonymous.query(CREATE_API_KEY, { name: "one too many" }));
    // A browser without its cookie gets a new session, but spends its address's allowance.
    expectRateLimited(await api.anonymous.with(BROWSER).query(CREATE_API_KEY, { name: "fresh session" }));
    for (let i = 0; i < KEYS_PER_HOUR + 2; i++)
      expect((await api.admin.query(CREATE_API_KEY, { name: `admin ${i}` })).errors).toBeUndefined();
  });

  it("limits predictions per key, each file of a batch counting; other callers and the admin are unaffected", async () => {
    const alice = await keyHolder("alice");
    const bob = await keyHolder("bob");
    for (let i = 0; i < PREDICTIONS_PER_MINUTE - 1; i++)
      expect((await predict(alice.client)).errors).toBeUndefined();
    // One left: a batch of two is refused whole, and its files are not read.
    const batch = await alice.client.upload(PREDICT_DIGITS, { images: [null, null] }, [
      { path: "variables.images.0", bytes: png },
      { path: "variables.images.1", bytes: png },
    ]);
    expectRateLimited(batch);
    expect((await predict(alice.client)).errors).toBeUndefined();
    const limited = await predict(alice.client);
    expectRateLimited(limited);
    expect(limited.data ?? null).toBeNull();

    expect((await predict(bob.client)).errors).toBeUndefined();
    expect((await predict(api.anonymous)).errors).toBeUndefined();
    for (let i = 0; i < PREDICTIONS_PER_MINUTE + 2; i++)
      expect((await predict(api.admin)).errors).toBeUndefined();
    const metrics = await (await fetch(`${api.server.url}/metrics`)).text();
    expect(metrics).toMatch(/prediction_failures_total\{code="RATE_LIMITED"\} [1-9]/);
  });

  it("lists a history's own keys and revokes them: a revoked key stops working at once", async () => {
    const alice = await keyHolder("alice's first");
    const second = await alice.client.query(CREATE_API_KEY, { name: "alice's second" });
    const secondKey = api.anonymous.withKey(second.data.createApiKey.key as string);
    const secondId = second.data.createApiKey.id as string;
    expect((await secondKey.query("{ viewer { kind } }")).data.viewer.kind).toBe("API_KEY");

    expect((await alice.client.query(KEYS)).data.apiKeys).toEqual([
      { id: secondId, name: "alice's second", current: false },
      { id: alice.id, name: "alice's first", current: true },
    ]);
    const mallory = await keyHolder("mallory");
    expect((await mallory.client.query(KEYS)).data.apiKeys.map((key: Json) => key.name)).toEqual(["mallory"]);
    expect((await api.anonymous.query(KEYS)).data.apiKeys).toEqual([]);

    expect((await mallory.client.query(REVOKE, { id: alice.id })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await api.anonymous.query(REVOKE, { id: alice.id })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    expect((await alice.client.query(REVOKE, { id: "not-a-uuid" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );

    expect((await alice.client.query(REVOKE, { id: secondId })).data.revokeApiKey).toBe(true);
    const revoked = await secondKey.query("{ viewer { kind } }");
    expect([revoked.status, revoked.errors?.[0]?.extensions?.code]).toEqual([401, "UNAUTHENTICATED"]);
    expect((await alice.client.query(KEYS)).data.apiKeys.map((key: Json) => key.id)).toEqual([alice.id]);
    expect((await alice.client.query(REVOKE, { id: secondId })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );

    // The admin may revoke anyone's key.
    expect((await api.admin.query(REVOKE, { id: mallory.id })).data.revokeApiKey).toBe(true);
    expect((await mallory.client.query("{ viewer { kind } }")).status).toBe(401);
  });
});
