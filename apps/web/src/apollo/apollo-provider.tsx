"use client";
import { ApolloProvider as Provider } from "@apollo/client/react";
import { useState, type ReactNode } from "react";
import { getClient } from "./make-client";

/** Wraps only the islands that query or mutate, so pages without them never load Apollo Client. */
export function ApolloProvider({ children }: { children: ReactNode }) {
  const [client] = useState(getClient);
  return <Provider client={client}>{children}</Provider>;
}
