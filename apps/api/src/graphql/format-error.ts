import type { GraphQLFormattedError } from "graphql";

export const INTERNAL_ERROR_MESSAGE = "Internal server error";

/**
 * What clients see of an error: message, code (and the input field it is about), locations and path. Errors the API did not raise on
 * purpose (no code, or INTERNAL_SERVER_ERROR) lose their message too; the error log keeps it.
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
  return {
    message: formatted.message,
    ...where,
    extensions: { code, ...(typeof field === "string" ? { field } : {}) },
  };
}
