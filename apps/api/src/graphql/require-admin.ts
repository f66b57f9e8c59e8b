import type { Caller } from "../auth/caller.js";
import { apiError } from "../errors.js";

/** Admin-only operations: UNAUTHENTICATED without credentials, FORBIDDEN with someone else's. */
export function requireAdmin(caller: Caller): void {
  if (!caller.hasCredentials)
    throw apiError(
      "UNAUTHENTICATED",
      "This operation needs the admin token (Authorization: Bearer <ADMIN_TOKEN>).",
    );
  if (!caller.isAdmin) throw apiError("FORBIDDEN", "Only the admin may do this.");
}
