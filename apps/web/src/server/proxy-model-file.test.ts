// @vitest-environment node
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxyModelFile } from "./proxy-model-file";

const ID = "a".repeat(64);
const ETAG = `"${ID}-json"`;
let server: Server;
let apiUrl: string;
const seen: Array<{ url: string; headers: IncomingMessage["headers"] }> = [];

beforeAll(async () => {
  // The API's side: the file with its cache headers, 304 for its ETag, 404 for anything else.
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    if (req.url !== `/models/${ID}/model.json`) {
      res.writeHead(404, { "content-type": "application/json" }).end('{"errors":[]}');
      return;
    }
    const headers = { etag: ETAG, "cache-control": "public, max-age=31536000, immutable" };
    if (req.headers["if-none-match"] === ETAG) res.writeHead(304, headers).end();
    else
      res
        .writeHead(200, { ...headers, "content-type": "application/json", "x-internal": "1" })
        .end('{"format":"layers-model"}');
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

const request = (headers: Record<string, string> = {}) =>
  new Request(`http://web.test/models/${ID}/model.json`, { headers: { cookie: "dl_session=x", ...headers } });

describe("proxyModelFile", () => {
  it("passes the file and its cache headers through, nothing else either way", async () => {
    const response = await proxyModelFile(request(), apiUrl, ID, "model.json");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"format":"layers-model"}');
    expect(response.headers.get("etag")).toBe(ETAG);
    expect(response.headers.get("cache-control")).toContain("immutable");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-internal")).toBeNull();
    expect(seen.at(-1)!.headers.cookie).toBeUndefined();
  });

  it("revalidates with If-None-Match: a 304 without a body", async () => {
    const response = await proxyModelFile(request({ "if-none-match": ETAG }), apiUrl, ID, "model.json");
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(ETAG);
    expect(await response.text()).toBe("");
  });

  it("keeps path segments from escaping the models route", async () => {
    const response = await proxyModelFile(request(), apiUrl, "../graphql", "model.json");
    expect(response.status).toBe(404);
    expect(seen.at(-1)!.url).toBe("/models/..%2Fgraphql/model.json");
  });

  it("answers 502 in GraphQL's error shape when the API cannot be reached", async () => {
    const response = await proxyModelFile(request(), "http://127.0.0.1:9", ID, "model.json");
    expect(response.status).toBe(502);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions
        .code,
    ).toBe("API_UNREACHABLE");
  });
});
