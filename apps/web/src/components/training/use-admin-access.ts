"use client";
import { useEffect, useState } from "react";
import { ViewerDocument } from "@/graphql/training-operations";
import { adminContext, useAdminToken } from "@/lib/admin-token";
import { requestGraphql } from "@/lib/graphql-request";

export type AdminStatus = "none" | "checking" | "accepted" | "rejected";

export interface AdminAccess {
  /** The remembered token, "" when none. */
  token: string;
  status: AdminStatus;
  /** The token, only once the API has accepted it: "" otherwise, so admin controls stay hidden. */
  acceptedToken: string;
}

/** The admin token this browser remembers and whether the API's `viewer` accepts it (a plain request, no Apollo Client). */
export function useAdminAccess(): AdminAccess {
  const token = useAdminToken();
  const [checked, setChecked] = useState<{ token: string; isAdmin: boolean } | null>(null);
  useEffect(() => {
    if (!token) return;
    let current = true;
    requestGraphql(ViewerDocument, {}, adminContext(token)).then(
      (data) => {
        if (current) setChecked({ token, isAdmin: data.viewer.isAdmin === true });
      },
      () => {
        if (current) setChecked({ token, isAdmin: false });
      },
    );
    return () => {
      current = false;
    };
  }, [token]);
  const status: AdminStatus = !token
    ? "none"
    : checked?.token !== token
      ? "checking"
      : checked.isAdmin
        ? "accepted"
        : "rejected";
  return { token, status, acceptedToken: status === "accepted" ? token : "" };
}
