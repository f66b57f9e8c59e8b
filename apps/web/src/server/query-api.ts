import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { addTypenameToDocument } from "@apollo/client/utilities";
import { print } from "graphql";
import { headers } from "next/headers";
import { env } from "@/env";

/** What identifies the browser to the API: its session cookie, and its address for rate limits (no user agent, so no new session is issued here). */
const FORWARDED = ["cookie", "x-forwarded-for"];

/**
 * Runs a query against the API on behalf of the browser that asked for this page, so a list can be in
 * the server's HTML. Null on any failure (or, for `perSession` data, without a session cookie): the
 * browser then fetches it as before.
 */
export async function queryApi<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { perSession }: { perSession: boolean },
): Promise<TData | null> {
  const incoming = await headers();
  if (perSession && !incoming.get("cookie")) return null;
  const forwarded = new Headers({ "content-type": "application/json" });
  for (const name of FORWARDED) {
    const value = incoming.get(name);
    if (value !== null) forwarded.set(name, value);
  }
  try {
    const response = await fetch(`${env.API_URL}/graphql`, {
      method: "POST",
      headers: forwarded,
      // With __typename everywhere, as Apollo Client asks, so the answer can be written to its cache.
      body: JSON.stringify({ query: print(addTypenameToDocument(document)), variables }),
      cache: "no-store",
      // A slow API must not hold the page: the browser can fetch the list itself.
      signal: AbortSignal.timeout(2000),
    });
    if (!response.ok) return null;
    const body = (await response.json()) as { data?: TData | null; errors?: unknown[] };
    return body.errors?.length ? null : (body.data ?? null);
  } catch {
    return null;
  }
}
