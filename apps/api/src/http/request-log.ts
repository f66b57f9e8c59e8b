import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Express, Request, RequestHandler, Response } from "express";
import type { Level, Logger } from "pino";
import "./request-state.js";

/** A caller's own request id (e.g. from a proxy) is kept when it is a plain token, so logs can be joined. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Probes and scrapes every few seconds would drown the requests people care about. */
const QUIET_ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

const LOGGED = Symbol("request logged");

type LoggedResponse = ServerResponse & { [LOGGED]?: true; req: Request; locals: Response["locals"] };

/** "POST /graphql Predict 200 12 ms": the operation name, when the client sent one. */
export function requestLine(req: IncomingMessage, status: number, ms?: number): string {
  const operation = (req as IncomingMessage & { body?: { operationName?: unknown } }).body?.operationName;
  const name = typeof operation === "string" && /^\w{1,64}$/.test(operation) ? ` ${operation}` : "";
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
  return `${req.method} ${url}${name} ${status}${ms === undefined ? "" : ` ${Math.round(ms)} ms`}`;
}

/** One line per request: no headers (they carry cookies and credentials, and flood a terminal). */
function requestFields(req: Request, res: ServerResponse, ms: number): object {
  return {
    req: { id: req.id, method: req.method, url: req.originalUrl ?? req.url },
    res: { statusCode: res.statusCode },
    responseTime: Math.round(ms),
  };
}

function onError(this: LoggedResponse, error: Error): void {
  if (this[LOGGED]) return;
  this[LOGGED] = true;
  const { req } = this;
  req.log.error(
    { ...requestFields(req, this, performance.now() - this.locals.receivedAt), err: error },
    requestLine(req, this.statusCode),
  );
}

/**
 * The request log, cheap when it is quiet: every request gets an id (X-Request-Id, echoed), its
 * arrival time (res.locals.receivedAt) and one line when it ends, at info (debug for probes, error for
 * 5xx); `req.log`, a child logger carrying the id, is made only when something logs with it.
 */
export function requestLog(app: Express, logger: Logger): RequestHandler {
  Object.defineProperty(app.request, "log", {
    configurable: true,
    get(this: Request): Logger {
      const log = logger.child({ reqId: this.id });
      Object.defineProperty(this, "log", { value: log, writable: true, configurable: true });
      return log;
    },
    set(this: Request, log: Logger) {
      Object.defineProperty(this, "log", { value: log, writable: true, configurable: true });
    },
  });
  // One listener for every response (`this`), so a request costs no closure.
  function onClose(this: LoggedResponse): void {
    if (this[LOGGED]) return;
    const { req } = this;
    const level: Level =
      this.statusCode >= 500 ? "error" : QUIET_ROUTES.has(req.originalUrl ?? req.url) ? "debug" : "info";
    // In production (LOG_LEVEL=warn) a successful request ends here: no line, no child logger, no mark.
    if (!logger.isLevelEnabled(level)) return;
    this[LOGGED] = true;
    const ms = performance.now() - this.locals.receivedAt;
    req.log[level](requestFields(req, this, ms), requestLine(req, this.statusCode, ms));
  }
  return (req, res, next) => {
    res.locals.receivedAt = performance.now();
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    req.id = id;
    res.setHeader("x-request-id", id);
    // 'close' follows 'finish', and also comes alone when the client goes away first.
    res.on("close", onClose);
    // An unanswered 'error' event would throw; it is logged instead.
    res.on("error", onError);
    next();
  };
}
