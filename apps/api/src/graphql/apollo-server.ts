import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  ApolloServer,
  type ApolloServerPlugin,
  type GraphQLRequestContextDidEncounterErrors,
  type GraphQLRequestContextWillSendResponse,
  type GraphQLRequestListener,
} from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { storeAnsweredPredictions } from "./answered-predictions.js";
import type { GraphQLContext } from "./context.js";
import { formatError } from "./format-error.js";
import { resolvers } from "./resolvers/index.js";

/** The committed public contract; resolvers are typed from it by `pnpm codegen`. */
export const SCHEMA_PATH = resolve(dirname(fileURLToPath(import.meta.url)), "../../schema.graphql");

export const typeDefs = readFileSync(SCHEMA_PATH, "utf8");

export const MAX_TOKENS = 1000;

// Limits well above what our own clients send (the web app's deepest query has depth 5).
const armor = new ApolloArmor({
  maxDepth: { n: 8 },
  maxAliases: { n: 10 },
  maxDirectives: { n: 10 },
  // Tokens are capped by graphql-js's parser instead (parseOptions below): armor's token plugin throws
  // from a plugin hook, which Apollo answers with HTTP 500 rather than 400.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 5000 },
  blockFieldSuggestion: { enabled: true },
});

/** Logs what formatError hides from clients: errors the API did not raise on purpose. */
function logUnexpectedErrors({
  errors,
  contextValue,
}: GraphQLRequestContextDidEncounterErrors<GraphQLContext>): void {
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== "string" || code === "INTERNAL_SERVER_ERROR") {
      contextValue.log.error(
        { err: unwrapResolverError(error), path: error.path },
        "unexpected GraphQL error",
      );
    }
  }
}

/** A RATE_LIMITED answer also says when to come back the HTTP way, in Retry-After. */
function setRetryAfter({ response }: GraphQLRequestContextWillSendResponse<GraphQLContext>): void {
  if (response.body.kind !== "single") return;
  const waits = (response.body.singleResult.errors ?? []).flatMap((error) =>
    typeof error.extensions?.retryAfterSeconds === "number" ? [error.extensions.retryAfterSeconds] : [],
  );
  if (waits.length > 0) response.http.headers.set("retry-after", String(Math.max(...waits)));
}

/**
 * The API's hooks of every request, one object made once (a plugin per concern made a listener per
 * request each). Apollo's cache-control plugin is off, since it tracked a policy per resolved field
 * for the answer it always gave, no-store (the schema has no cache hints): the header is set here.
 */
const requestHooks: GraphQLRequestListener<GraphQLContext> = {
  async didEncounterErrors(requestContext) {
    logUnexpectedErrors(requestContext);
  },
  async willSendResponse(requestContext) {
    const { headers } = requestContext.response.http;
    if (!headers.has("cache-control")) headers.set("cache-control", "no-store");
    setRetryAfter(requestContext);
    await storeAnsweredPredictions(requestContext);
  },
};

const apiHooks: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return requestHooks;
  },
};

export interface ApolloOptions {
  introspection: boolean;
}

/** The HTTP server is drained by server.ts (http/graceful-drain.ts) before Apollo stops. */
export function createApolloServer({ introspection }: ApolloOptions): ApolloServer<GraphQLContext> {
  const protection = armor.protect();
  // graphql-armor's typings point at @apollo/server's CommonJS declarations; the plugin objects are the same.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<GraphQLContext>[];
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGTERM/SIGINT: it drains HTTP, then flushes history and closes the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: protection.validationRules,
    // Inline tracing only ever runs for federated subgraphs, which this schema is not; installed, it was a call per request.
    plugins: [
      ...armorPlugins,
      apiHooks,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}
