import type { ApolloServer } from "@apollo/server";
import cors from "cors";
import express, { type Express, type NextFunction, type Request, type RequestHandler } from "express";
import type { Logger } from "pino";
import { authenticate } from "../auth/authenticate.js";
import type { Caller } from "../auth/caller.js";
import { AnsweredPredictions } from "../graphql/answered-predictions.js";
import type { GraphQLContext, Services } from "../graphql/context.js";
import { errorHandler } from "./error-handler.js";
import { graphqlHandler } from "./graphql-handler.js";
import type { InFlight } from "./graceful-drain.js";
import { healthRoutes, type Readiness } from "./health.js";
import { modelFileRoutes } from "./model-files.js";
import { multipartUploads } from "./multipart-uploads.js";
import { requestLog } from "./request-log.js";
import "./request-state.js";

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

/**
 * The context of a GraphQL request over HTTP. `log` is read from the request only when a resolver
 * logs, so the request's child logger is made only then (a class: Apollo's copy keeps the getter).
 */
class RequestContext implements GraphQLContext {
  readonly answered = new AnsweredPredictions();

  constructor(
    private readonly req: Request,
    readonly caller: Caller,
    readonly receivedAt: number,
    readonly services: Services,
  ) {}

  get log(): Logger {
    return this.req.log;
  }
}

/**
 * Handlers run one after another as one router layer: Express's router matched the path of, and
 * dispatched to, each layer on its own. Errors, thrown or rejected, go to the error handlers as there.
 */
function series(...handlers: RequestHandler[]): RequestHandler {
  return (req, res, done) => {
    let index = 0;
    const next: NextFunction = (error?: unknown) => {
      if (error) return done(error);
      const handler = handlers[index++];
      if (!handler) return done();
      try {
        const result: unknown = handler(req, res, next);
        if (result instanceof Promise)
          result.catch((rejection: unknown) => done(rejection ?? new Error("Rejected promise")));
      } catch (thrown) {
        done(thrown);
      }
    };
    next();
  };
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
  const graphql = graphqlHandler(
    apollo,
    async (req, res) => new RequestContext(req, res.locals.caller, res.locals.receivedAt, services),
  );
  const json = express.json({ limit: "100kb" });
  const app = express();
  app.disable("x-powered-by");
  // Behind a load balancer every socket is the balancer's: rate limits and logs need the forwarded address.
  if (trustProxy !== undefined) app.set("trust proxy", trustProxy);
  app.use(series(requestLog(app, logger), services.metrics.middleware()));
  // Before the health and model-file routers: nearly every request is GraphQL, and each router would be scanned for it.
  app.use(
    "/graphql",
    series(
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
      // A multipart body is already parsed into the operations.
      (req, res, next) => (req.body === undefined ? json(req, res, next) : next()),
      (req, res) => inFlight.track(async () => graphql(req, res)),
    ),
  );
  app.use(healthRoutes(readiness, services.metrics));
  app.use(
    modelFileRoutes({
      models: services.models,
      activeModel: services.activeModel,
      corsOrigin: corsOrigin(corsOrigins),
    }),
  );
  app.use(errorHandler);
  return app;
}
