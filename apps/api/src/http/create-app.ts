import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import cors from "cors";
import express, { type Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { authenticate } from "../auth/authenticate.js";
import { AnsweredPredictions } from "../graphql/answered-predictions.js";
import type { GraphQLContext, Services } from "../graphql/context.js";
import { errorHandler } from "./error-handler.js";
import type { InFlight } from "./graceful-drain.js";
import { healthRoutes, type Readiness } from "./health.js";
import { modelFileRoutes } from "./model-files.js";
import { multipartUploads } from "./multipart-uploads.js";
import "./request-state.js";

const REQUEST_ID = /^[\w.:-]{1,64}$/;

const QUIET_ROUTES = new Set(["/healthz", "/readyz", "/metrics"]);

/** "POST /graphql Predict 200 12 ms": the operation name, when the client sent one. */
function requestLine(req: IncomingMessage, status: number, ms?: number): string {
  const operation = (req as IncomingMessage & { body?: { operationName?: unknown } }).body?.operationName;
  const name = typeof operation === "string" && /^\w{1,64}$/.test(operation) ? ` ${operation}` : "";
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url;
  return `${req.method} ${url}${name} ${status}${ms === undefined ? "" : ` ${Math.round(ms)} ms`}`;
}

export interface AppOptions {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  logger: Logger;
  readiness: Readiness;
  adminToken: string;
  corsOrigins: string[];
  /** Counts GraphQL handlers until they finish, for shutdown. */
  inFlight: InFlight;
  /** Express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For names the caller's address. */
  trustProxy?: string | number | undefined;
}

function corsOrigin(origins: string[]): boolean | string[] {
  if (origins.includes("*")) return true;
  return origins.length > 0 ? origins : false;
}

export function createApp({
  apollo,
  services,
  logger,
  readiness,
  adminToken,
  corsOrigins,
  inFlight,
  trustProxy,
}: AppOptions): Express {
  const graphql = expressMiddleware(apollo, {
    context: async ({ req, res }) => ({
      caller: res.locals.caller,
      log: req.log,
      receivedAt: res.locals.receivedAt,
      services,
      answered: new AnsweredPredictions(),
    }),
  });
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer every socket is the balancer's: rate limits and logs need the forwarded address.
  if (trustProxy !== undefined) app.set("trust proxy", trustProxy);
  app.use((_req, res, next) => {
    res.locals.receivedAt = performance.now();
    next();
  });
  app.use(
    pinoHttp({
      logger,
      // A caller's own id (e.g. from a proxy) is kept when it is a plain token, so logs can be joined.
      genReqId: (req, res) => {
        const given = req.headers["x-request-id"];
        const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader("x-request-id", id);
        return id;
      },
      // Probes and scrapes every few seconds would drown the requests people care about.
      customLogLevel: (req, res, error) =>
        error || res.statusCode >= 500 ? "error" : QUIET_ROUTES.has(req.url ?? "") ? "debug" : "info",
      customSuccessMessage: (req, res, ms) => requestLine(req, res.statusCode, ms),
      customErrorMessage: (req, res) => requestLine(req, res.statusCode),
      // One line per request: no headers (they carry cookies and credentials, and flood a terminal).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      // Resolver logs carry the request id only, not the whole request again.
      quietReqLogger: true,
    }),
  );
  app.use(services.metrics.middleware());
  app.use(healthRoutes(readiness, services.metrics));
  app.use(
    modelFileRoutes({
      models: services.models,
      activeModel: services.activeModel,
      corsOrigin: corsOrigin(corsOrigins),
    }),
  );
  app.use(
    "/graphql",
    cors({
      origin: corsOrigin(corsOrigins),
      credentials: true,
      allowedHeaders: [
        "content-type",
        "authorization",
        "apollo-require-preflight",
        "x-apollo-operation-name",
        "x-request-id",
      ],
      exposedHeaders: ["x-request-id"],
      maxAge: 600,
    }),
    authenticate(services.owners, adminToken),
    multipartUploads({
      maxFileSize: services.limits.maxUploadBytes,
      maxFiles: services.limits.maxFiles,
      timeoutMs: services.limits.uploadTimeoutMs,
    }),
    express.json({ limit: "100kb" }),
    (req, res, next) => inFlight.track(async () => graphql(req, res, next)),
  );
  app.use(errorHandler);
  return app;
}
