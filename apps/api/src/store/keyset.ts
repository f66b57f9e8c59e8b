import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/** Where a newest-first page ends: the (createdAt, id) of its last row. */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

/** One page of rows and whether more follow. */
export interface KeysetPage<Row> {
  rows: Row[];
  hasNextPage: boolean;
}

/** A table's creation time and UUID key: together a total order that stays put while rows are added. */
export interface KeysetColumns {
  createdAt: PgColumn;
  id: PgColumn;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids come from clients: anything that is not a UUID cannot exist (and would make PostgreSQL fail the query). */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** Rows after `position` in newest-first order (undefined: from the start). */
export function after(columns: KeysetColumns, position: KeysetPosition | undefined): SQL | undefined {
  if (!position) return undefined;
  return or(
    lt(columns.createdAt, position.createdAt),
    and(eq(columns.createdAt, position.createdAt), lt(columns.id, position.id)),
  );
}

/** The order `after` pages through. */
export function newestFirst(columns: KeysetColumns): SQL[] {
  return [desc(columns.createdAt), desc(columns.id)];
}

/** Query `first + 1` rows and pass them here: the extra one only says that another page exists. */
export function pageOf<Row>(rows: Row[], first: number): KeysetPage<Row> {
  return { rows: rows.slice(0, first), hasNextPage: rows.length > first };
}
