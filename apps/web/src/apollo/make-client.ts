import { ApolloClient, InMemoryCache } from "@apollo/client-integration-nextjs";
import { relayStylePagination } from "@apollo/client/utilities";
import UploadHttpLink from "apollo-upload-client/UploadHttpLink.mjs";

/** Same-origin endpoint: the web server proxies it to the API, so the session cookie is first-party. */
export const GRAPHQL_PATH = "/graphql";

export function makeClient(): ApolloClient {
  return new ApolloClient({
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
    link: new UploadHttpLink({
      uri: GRAPHQL_PATH,
      credentials: "same-origin",
      // The API refuses multipart requests without it (CSRF protection).
      headers: { "Apollo-Require-Preflight": "true" },
    }),
  });
}
