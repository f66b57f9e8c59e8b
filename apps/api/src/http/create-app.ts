import { randomUUID } from "node:crypto";
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
import { multipartUploads } from "./multipart-uploads.js";
import "./request-state.js";

const REQUEST_ID = /^[\w.:-]{1,64}$/;

export interface AppOptions {
  apollo: ApolloServer<GraphQLContext>;
  services: Services;
  logger: Logger;
  readiness: Readiness;
  adminToken: string;
  corsOrigins: string[];
  /** Counts GraphQL handlers until they finish, for shutdown. */
  inFlight: InFlight;
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
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
    }),
  );
  app.use(services.metrics.middleware());
  app.use(healthRoutes(readiness, services.metrics));
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
