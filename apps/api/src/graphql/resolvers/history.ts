import { apiError } from "../../errors.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import { decodeCursor, encodeCursor, pageInfoOf } from "../cursor.js";
import { selectsAnyOf } from "../selection.js";
import { validateDigit, validatePageSize } from "../validate.js";

function notFound(id: string) {
  return apiError("NOT_FOUND", `No prediction ${id} in your history.`);
}

/** Changing history needs an identity: without one there is no history to change. */
export function requireCredentials(context: GraphQLContext): void {
  if (!context.caller.hasCredentials) {
    throw apiError(
      "UNAUTHENTICATED",
      "Send an API key (Authorization: Bearer <key>) or the session cookie to change your history.",
    );
  }
}

export const historyResolvers: Resolvers = {
  Query: {
    prediction: async (_parent, { id }, context) => {
      const row = await context.services.predictions.get(await context.caller.scope(), id);
      return row ?? null;
    },
    predictions: async (_parent, { first, after, digit, corrected }, context, info) => {
      const pageSize = validatePageSize(first ?? 20);
      const position = after ? decodeCursor(after) : undefined;
      const filter = {
        digit: digit === null || digit === undefined ? undefined : validateDigit("digit", digit),
        corrected: corrected ?? undefined,
      };
      const scope = await context.caller.scope();
      const withImages = selectsAnyOf(info, ["normalizedImage", "thumbnail"]);
      const page = await context.services.predictions.list(scope, filter, pageSize, position, withImages);
      return { page, scope, filter };
    },
  },
  Mutation: {
    submitFeedback: async (_parent, { predictionId, correctDigit }, context) => {
      validateDigit("correctDigit", correctDigit);
      requireCredentials(context);
      const row = await context.services.predictions.setCorrectDigit(
        await context.caller.scope(),
        predictionId,
        correctDigit,
      );
      if (!row) throw notFound(predictionId);
      return row;
    },
    deletePrediction: async (_parent, { id }, context) => {
      requireCredentials(context);
      if (!(await context.services.predictions.delete(await context.caller.scope(), id))) throw notFound(id);
      return true;
    },
  },
  PredictionConnection: {
    edges: (connection) => connection.page.rows,
    pageInfo: (connection) => pageInfoOf(connection.page),
    totalCount: (connection, _args, context) =>
      context.services.predictions.count(connection.scope, connection.filter),
  },
  PredictionEdge: {
    cursor: (row) => encodeCursor(row),
    node: (row) => row,
  },
};
