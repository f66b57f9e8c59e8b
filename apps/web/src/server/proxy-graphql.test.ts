// @vitest-environment node
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { proxyGraphql } from "./proxy-graphql";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

let server: Server;
let apiUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    seen.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks),
    });
    res.setHeader("content-type", "application/json");
    res.setHeader("set-cookie", ["dl_session=abc; Path=/; HttpOnly; SameSite=Lax", "other=1; Path=/"]);
    res.end(JSON.stringify({ data: { ok: true } }));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
});

describe("proxyGraphql", () => {
  it("streams a multipart upload with its headers and returns every Set-Cookie", async () => {
    const form = new FormData();
    form.set(
      "operations",
      JSON.stringify({ query: "mutation($image: Upload!) { predictDigit(image: $image) { id } }" }),
    );
    form.set("map", JSON.stringify({ 0: ["variables.image"] }));
    form.set("0", new File([new Uint8Array([137, 80, 78, 71])], "seven.png", { type: "image/png" }));
    const request = new Request("http://localhost:3000/graphql", {
      method: "POST",
      body: form,
      headers: {
        cookie: "dl_session=old",
        "apollo-require-preflight": "true",
        authorization: "Bearer t0ken",
        host: "localhost:3000",
      },
    });

    const response = await proxyGraphql(request, apiUrl);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect(response.headers.getSetCookie()).toEqual([
      "dl_session=abc; Path=/; HttpOnly; SameSite=Lax",
      "other=1; Path=/",
    ]);
    const upstream = seen.at(-1)!;
    expect(upstream.method).toBe("POST");
    expect(upstream.url).toBe("/graphql");
    expect(upstream.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upstream.headers.cookie).toBe("dl_session=old");
    expect(upstream.headers["apollo-require-preflight"]).toBe("true");
    expect(upstream.headers.authorization).toBe("Bearer t0ken");
    expect(upstream.body.toString("latin1")).toContain('filename="seven.png"');
    expect(upstream.body.includes(Buffer.from([137, 80, 78, 71]))).toBe(true);
  });

  it("keeps the query string of GET requests", async () => {
    await proxyGraphql(new Request("http://localhost:3000/graphql?query=%7Bviewer%7Bkind%7D%7D"), apiUrl);
    expect(seen.at(-1)).toMatchObject({ method: "GET", url: "/graphql?query=%7Bviewer%7Bkind%7D%7D" });
  });

  it("answers a GraphQL error when the API is down", async () => {
    const response = await proxyGraphql(
      new Request("http://localhost:3000/graphql", { method: "POST", body: "{}" }),
      "http://127.0.0.1:9",
    );
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "API_UNREACHABLE" } }] });
  });
});
