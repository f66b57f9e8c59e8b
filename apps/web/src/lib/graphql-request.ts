import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type DocumentNode } from "graphql";
import type { ApiError } from "./api-error";

/** Same-origin endpoint: the web server proxies it to the API, so the session cookie is first-party. */
export const GRAPHQL_PATH = "/graphql";

/** A failed request, carrying the API's error code as `apiErrorFrom` would give it. */
export class GraphqlRequestError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = "GraphqlRequestError";
  }
}

const printed = new WeakMap<DocumentNode, string>();

/** The query text of a generated document, printed once. */
export function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

type ErrorBody = { errors?: Array<{ message?: string; extensions?: { code?: unknown } }> };

function firstError(body: ErrorBody | null): ApiError | null {
  const first = body?.errors?.[0];
  if (!first) return null;
  const code = first.extensions?.code;
  return { code: typeof code === "string" ? code : "INTERNAL_SERVER_ERROR", message: first.message ?? "" };
}

/**
 * One GraphQL operation with plain `fetch`: for the pages that list and act on a few things, so they
 * need not load Apollo Client and its cache. Throws a `GraphqlRequestError` on any failure.
 */
/** The GraphQL multipart request spec: operations, then a map of file parts to the variables they fill. */
function multipartBody(query: string, variables: unknown, files: Record<string, File>): FormData {
  const names = Object.keys(files);
  const form = new FormData();
  const withNulls = { ...(variables as object), ...Object.fromEntries(names.map((name) => [name, null])) };
  form.append("operations", JSON.stringify({ query, variables: withNulls }));
  form.append("map", JSON.stringify(Object.fromEntries(names.map((name, i) => [i, [`variables.${name}`]]))));
  names.forEach((name, i) => form.append(String(i), files[name]!, files[name]!.name));
  return form;
}

export async function requestGraphql<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  {
    headers,
    signal,
    files,
    credentials = "same-origin",
  }: {
    headers?: Record<string, string>;
    /** "omit" for requests that need no identity: they neither send nor receive the session cookie. */
    credentials?: RequestCredentials;
    signal?: AbortSignal;
    /** Files for Upload variables, by variable name: the request goes as multipart (no Apollo Client needed). */
    files?: Record<string, File>;
  } = {},
): Promise<TData> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: "POST",
      credentials,
      // The API refuses multipart requests without the preflight header (CSRF protection).
      headers: files
        ? { "apollo-require-preflight": "true", ...headers }
        : { "content-type": "application/json", ...headers },
      body: files
        ? multipartBody(queryText(document), variables, files)
        : JSON.stringify({ query: queryText(document), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new GraphqlRequestError({
      code: "NETWORK_ERROR",
      message: error instanceof Error ? error.message : String(error),
    });
  }
  const body = (await response.json().catch(() => null)) as (ErrorBody & { data?: TData | null }) | null;
  const error = firstError(body);
  if (error) throw new GraphqlRequestError(error);
  if (!response.ok || !body?.data)
    throw new GraphqlRequestError({
      code:
        response.status === 429
          ? "RATE_LIMITED"
          : response.status === 413
            ? "PAYLOAD_TOO_LARGE"
            : "INTERNAL_SERVER_ERROR",
      message: `HTTP ${response.status}`,
    });
  return body.data;
}

/** The API error of whatever `requestGraphql` threw. */
export function requestErrorFrom(error: unknown): ApiError {
  if (error instanceof GraphqlRequestError) return error.apiError;
  return { code: "INTERNAL_SERVER_ERROR", message: error instanceof Error ? error.message : String(error) };
}
