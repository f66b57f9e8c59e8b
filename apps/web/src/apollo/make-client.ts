import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import UploadHttpLink from "apollo-upload-client/UploadHttpLink.mjs";
import { GRAPHQL_PATH } from "@/lib/graphql-request";

/** Same-origin endpoint: the web server proxies it to the API, so the session cookie is first-party. */
export { GRAPHQL_PATH };

export function makeClient(): ApolloClient {
  const browser = typeof window !== "undefined";
  return new ApolloClient({
    // The server renders loading states only: queries run in the browser, with its session cookie.
    ssrMode: !browser,
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            predictions: relayStylePagination(["digit", "corrected"]),
            trainingRuns: relayStylePagination(["status"]),
          },
        },
      },
    }),
    link: browser
      ? new UploadHttpLink({
          uri: GRAPHQL_PATH,
          credentials: "same-origin",
          // The API refuses multipart requests without it (CSRF protection).
          headers: { "Apollo-Require-Preflight": "true" },
        })
      : ApolloLink.empty(),
  });
}

let browserClient: ApolloClient | undefined;

/** One client per browser tab, shared by every page's islands so the cache survives navigation; a new one per server render. */
export function getClient(): ApolloClient {
  if (typeof window === "undefined") return makeClient();
  browserClient ??= makeClient();
  return browserClient;
}
