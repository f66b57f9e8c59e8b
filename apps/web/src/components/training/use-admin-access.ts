"use client";
import { useQuery } from "@apollo/client/react";
import { ViewerDocument } from "@/graphql/training-operations";
import { adminContext, useAdminToken } from "@/lib/admin-token";

export type AdminStatus = "none" | "checking" | "accepted" | "rejected";

export interface AdminAccess {
  /** The remembered token, "" when none. */
  token: string;
  status: AdminStatus;
  /** The token, only once the API has accepted it: "" otherwise, so admin controls stay hidden. */
  acceptedToken: string;
}

/** The admin token this browser remembers and whether the API's `viewer` accepts it. */
export function useAdminAccess(): AdminAccess {
  const token = useAdminToken();
  const viewer = useQuery(ViewerDocument, {
    skip: !token,
    context: adminContext(token),
    fetchPolicy: "network-only",
  });
  const status: AdminStatus = !token
    ? "none"
    : viewer.loading
      ? "checking"
      : viewer.data?.viewer.isAdmin === true
        ? "accepted"
        : "rejected";
  return { token, status, acceptedToken: status === "accepted" ? token : "" };
}
