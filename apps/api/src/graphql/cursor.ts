import { apiError } from "../errors.js";
import { isUuid, type KeysetPage, type KeysetPosition } from "../store/keyset.js";

/** Opaque to clients: the (createdAt, id) of the last row seen, base64url. */
export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): KeysetPosition {
  const [iso = "", id = ""] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso);
  if (Number.isNaN(createdAt.getTime()) || !isUuid(id)) {
    throw apiError("BAD_USER_INPUT", "after is not a cursor returned by this API.");
  }
  return { createdAt, id };
}

/** A connection's pageInfo: whether more follow, and the cursor of the page's last row. */
export function pageInfoOf(page: KeysetPage<KeysetPosition>): {
  hasNextPage: boolean;
  endCursor: string | null;
} {
  const last = page.rows.at(-1);
  return { hasNextPage: page.hasNextPage, endCursor: last ? encodeCursor(last) : null };
}
