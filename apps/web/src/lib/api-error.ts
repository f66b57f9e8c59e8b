import { CombinedGraphQLErrors, ServerError } from "@apollo/client";

export interface ApiError {
  code: string;
  message: string;
  /** What to do about it, when the browser knows better than the generic message for the code. */
  hint?: string;
}

/** The API's error code from whatever Apollo Client hands back (GraphQL error, HTTP error or no connection). */
export function apiErrorFrom(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.["code"];
    return {
      code: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR",
      message: first?.message ?? error.message,
    };
  }
  if (ServerError.is(error)) {
    const body = parseErrors(error.bodyText);
    if (body) return body;
    return {
      code:
        error.statusCode === 429
          ? "RATE_LIMITED"
          : error.statusCode === 413
            ? "PAYLOAD_TOO_LARGE"
            : "INTERNAL_SERVER_ERROR",
      message: error.message,
    };
  }
  if (error instanceof TypeError) return { code: "NETWORK_ERROR", message: error.message };
  return { code: "INTERNAL_SERVER_ERROR", message: error instanceof Error ? error.message : String(error) };
}

function parseErrors(bodyText: string): ApiError | null {
  try {
    const parsed = JSON.parse(bodyText) as {
      errors?: Array<{ message?: string; extensions?: { code?: unknown } }>;
    };
    const first = parsed.errors?.[0];
    if (first && typeof first.extensions?.code === "string")
      return { code: first.extensions.code, message: first.message ?? "" };
  } catch {
    // Not JSON: the status code is all we know.
  }
  return null;
}
