import type { AddressInfo } from "node:net";
import express from "express";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { requestLog } from "./request-log.js";

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
  note?: string;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** An app with the request log at `level`, and the lines it wrote; each route answers once its response is closed. */
async function serve(level: string) {
  const lines: Line[] = [];
  let closed = () => undefined as void;
  const logger = pino({ level }, { write: (json: string) => void lines.push(JSON.parse(json) as Line) });
  const app = express();
  app.use(requestLog(app, logger));
  app.use((_req, res, next) => {
    res.on("close", () => setImmediate(closed));
    next();
  });
  app.get("/ok", (req, res) => {
    req.log.info({ note: "inside" }, "handler line");
    res.json({ ok: true });
  });
  app.get("/healthz", (_req, res) => res.json({ status: "ok" }));
  app.get("/boom", (_req, res) => res.status(503).json({}));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const done = new Promise<void>((resolve) => (closed = resolve));
    const response = await fetch(`${url}${path}`, { headers });
    await response.arrayBuffer();
    await done;
    return response;
  };
  return { lines, get };
}

describe("the request log", () => {
  it("gives every request an id (a plain one from the caller is kept) and logs one line for it, carrying the id", async () => {
    const { lines, get } = await serve("info");
    const generated = await get("/ok");
    const id = generated.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toEqual([
      expect.objectContaining({ level: 30, msg: "handler line", reqId: id, note: "inside" }),
      expect.objectContaining({
        level: 30,
        msg: expect.stringMatching(/^GET \/ok 200 \d+ ms$/),
        reqId: id,
        req: { id, method: "GET", url: "/ok" },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
    ]);
    expect((await get("/ok", { "x-request-id": "trace-42" })).headers.get("x-request-id")).toBe("trace-42");
    const replaced = await get("/ok", { "x-request-id": "not a plain token" });
    expect(replaced.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.at(-1)?.reqId).toBe(replaced.headers.get("x-request-id"));
  });

  it("logs probes at debug and server errors at error, so a quiet level keeps only the failures", async () => {
    const { lines, get } = await serve("warn");
    await get("/ok");
    await get("/healthz");
    await get("/boom");
    expect(lines).toEqual([
      expect.objectContaining({ level: 50, msg: expect.stringMatching(/^GET \/boom 503 \d+ ms$/) }),
    ]);

    const verbose = await serve("debug");
    await verbose.get("/healthz");
    expect(verbose.lines).toEqual([
      expect.objectContaining({ level: 20, msg: expect.stringMatching(/^GET \/healthz 200/) }),
    ]);
  });
});
