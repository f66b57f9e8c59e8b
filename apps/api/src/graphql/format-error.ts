import type { GraphQLFormattedError } from "graphql";

export const INTERNAL_ERROR_MESSAGE = "Internal server error";

/**
 * Numbers a refusal carries: how sure the model was (recognize-image.ts), how long to wait
 * (rate-limit.ts), the most digits one image may hold (read-number-image.ts).
 */
const REFUSAL_DETAILS = [
  "notDigitProbability",
  "closestDigit",
  "closestDigitProbability",
  "retryAfterSeconds",
  "maxDigits",
] as const;

/**
 * What clients see of an error: message, code (and the input field it is about, or for a refused
 * drawing how sure the model was), locations and path. Errors the API did not raise on purpose (no
 * code, or INTERNAL_SERVER_ERROR) lose their message too; the error log keeps it.
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const where = {
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
  };
  if (typeof code !== "string" || code === "INTERNAL_SERVER_ERROR") {
    return { message: INTERNAL_ERROR_MESSAGE, ...where, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  }
  const field = formatted.extensions?.field;
  const guess = Object.fromEntries(
    REFUSAL_DETAILS.flatMap((key) =>
      typeof formatted.extensions?.[key] === "number" ? [[key, formatted.extensions[key]]] : [],
    ),
  );
  return {
    message: formatted.message,
    ...where,
    extensions: {
      code,
      ...(typeof field === "string" ? { field } : {}),
      ...guess,
      // MODEL_WORSE_ON_SET: the comparison sets a model is worse on (resolvers/models.ts).
      ...(Array.isArray(formatted.extensions?.worseSets)
        ? { worseSets: formatted.extensions.worseSets }
        : {}),
    },
  };
}
