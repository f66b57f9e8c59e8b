import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_API_KEY, HISTORY, PREDICT_DIGIT, TestClient } from "../../test/graphql-client.js";
import {
  databaseKind,
  postgresUnavailable,
  startTestServer,
  TEST_ADMIN_TOKEN,
  type TestServer,
} from "../../test/harness.js";
import { drawnDigitPng } from "../../test/images.js";
import { apiKeys } from "../db/schema.js";
import { SESSION_COOKIE } from "./authenticate.js";
import { hashSecret } from "./secrets.js";

const VIEWER = "{ viewer { kind isAdmin } }";
const BROWSER = {
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
  "sec-fetch-site": "same-origin",
};

/** The cookie a browser would send back, from a Set-Cookie header. */
function sessionCookie(setCookie: string | null): string {
  const pair = setCookie?.split(";")[0];
  if (!pair?.startsWith(`${SESSION_COOKIE}=`)) throw new Error(`no session cookie in ${setCookie}`);
  return pair;
}

describe.skipIf(postgresUnavailable)(`who sees what: sessions, API keys, admin (${databaseKind})`, () => {
  let api: TestServer;

  beforeAll(async () => {
    api = await startTestServer();
  });

  afterAll(async () => {
    await api?.server.stop();
  });

  it("issues a browser an httpOnly SameSite=Lax session cookie on its first request, and keeps its history", async () => {
    const browser = api.anonymous.with(BROWSER);
    const first = await browser.query(VIEWER);
    const setCookie = first.headers.get("set-cookie");
    expect(setCookie).toMatch(
      new RegExp(
        `^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}\\.[A-Za-z0-9_-]{43}; Max-Age=\\d+; Path=/; Expires=.+; HttpOnly; SameSite=Lax$`,
      ),
    );
    expect(first.data.viewer).toEqual({ kind: "SESSION", isAdmin: false });

    const withCookie = browser.with({ cookie: sessionCookie(setCookie) });
    const made = await withCookie.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(7) },
    ]);
    expect(made.headers.get("set-cookie")).toBeNull();
    const history = await withCookie.query(HISTORY);
    expect(history.data.predictions.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([
      made.data.predictDigit.id,
    ]);

    const otherBrowser = await browser.query(HISTORY);
    expect(otherBrowser.headers.get("set-cookie")).not.toBeNull();
    expect(otherBrowser.data.predictions.totalCount).toBe(0);
  });

  it("ignores a session cookie it did not issue (session fixation) and issues a fresh one", async () => {
    const planted = `${SESSION_COOKIE}=${"a".repeat(43)}.${"b".repeat(43)}`;
    const victim = api.anonymous.with({ ...BROWSER, cookie: planted });
    const made = await victim.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(1) },
    ]);
    const fresh = sessionCookie(made.headers.get("set-cookie"));
    expect(fresh).not.toBe(planted);
    // Whoever planted the value sees nothing; the victim's real session has the prediction.
    expect(
      (await api.anonymous.with({ ...BROWSER, cookie: planted }).query(HISTORY)).data.predictions.totalCount,
    ).toBe(0);
    expect(
      (await api.anonymous.with({ ...BROWSER, cookie: fresh }).query(HISTORY)).data.predictions.totalCount,
    ).toBe(1);
  });

  it("treats a script without credentials or cookie as anonymous and sets no cookie", async () => {
    const response = await api.anonymous.query(VIEWER);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.data.viewer).toEqual({ kind: "ANONYMOUS", isAdmin: false });
  });

  it("refuses an unknown or malformed Authorization header with 401 UNAUTHENTICATED", async () => {
    for (const authorization of ["Bearer dlk_not-a-real-key", "Basic dXNlcjpwYXNz", "Bearer"]) {
      const response = await api.anonymous.with({ authorization }).query(VIEWER);
      expect(response.status).toBe(401);
      expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(response.errors?.[0]?.message).toMatch(/API key|Authorization/);
    }
  });

  it("creates API keys shown once and stored only as a hash; without credentials each key is a new owner", async () => {
    const created = await api.anonymous.query(CREATE_API_KEY, { name: "  my script  " });
    const { id, name, key, createdAt } = created.data.createApiKey;
    expect(name).toBe("my script");
    expect(key).toMatch(/^dlk_[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(createdAt)).not.toBeNaN();
    const [stored] = await api.server.database.db.select().from(apiKeys).where(eq(apiKeys.id, id));
    expect(stored?.keyHash).toBe(hashSecret(key));
    expect(JSON.stringify(stored)).not.toContain(key);

    const holder = api.anonymous.withKey(key);
    expect((await holder.query(VIEWER)).data.viewer).toEqual({ kind: "API_KEY", isAdmin: false });
    await holder.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(1) },
    ]);
    const secondOwner = api.anonymous.withKey(
      (await api.anonymous.query(CREATE_API_KEY, { name: "other" })).data.createApiKey.key,
    );
    expect((await secondOwner.query(HISTORY)).data.predictions.totalCount).toBe(0);
    expect((await holder.query(HISTORY)).data.predictions.totalCount).toBe(1);

    const tooLong = await api.anonymous.query(CREATE_API_KEY, { name: "x".repeat(101) });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("gives a browser session's new API key the same history as the session", async () => {
    const browser = api.anonymous.with(BROWSER);
    const cookie = sessionCookie((await browser.query(VIEWER)).headers.get("set-cookie"));
    const session = browser.with({ cookie });
    const made = await session.upload(PREDICT_DIGIT, { image: null }, [
      { path: "variables.image", bytes: await drawnDigitPng(0) },
    ]);
    const key = (await session.query(CREATE_API_KEY, { name: "laptop" })).data.createApiKey.key as string;
    const script = new TestClient(api.server.url).withKey(key);
    expect((await script.query(HISTORY)).data.predictions.edges[0].node.id).toBe(made.data.predictDigit.id);
  });

  it("recognises the admin token", async () => {
    expect((await api.admin.query(VIEWER)).data.viewer).toEqual({ kind: "ADMIN", isAdmin: true });
    expect((await api.anonymous.withKey(`${TEST_ADMIN_TOKEN}x`).query(VIEWER)).status).toBe(401);
  });
});
