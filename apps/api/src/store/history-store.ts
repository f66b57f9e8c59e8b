import { and, eq, getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import type { numberReadings, predictions } from "../db/schema.js";
import { BatchedWriter } from "./batched-writer.js";
import {
  after as afterPosition,
  isUuid,
  newestFirst,
  pageOf,
  type KeysetPage,
  type KeysetPosition,
} from "./keyset.js";

/** Which rows a caller may see: everyone's (admin), one owner's, or none (no history yet). */
export type HistoryScope = { kind: "all" } | { kind: "owner"; ownerId: string } | { kind: "none" };

/** Columns holding images: the largest part of a row, read for a page only when the query shows them. */
export type ImageColumn = "thumbnail" | "normalizedImage";

/** A history row as a page lists it: the image columns may have been left out. */
export type ListedRow<Row> = Omit<Row, ImageColumn> & Partial<Pick<Row, Extract<keyof Row, ImageColumn>>>;

/** The tables of a history: rows with an id, an owner and a creation time. */
export type HistoryTable = typeof predictions | typeof numberReadings;

/** Batches up to this many rows go through a named INSERT of their size; larger ones are built each time. */
export const MAX_PREPARED_INSERT_ROWS = 64;

/** The driver under drizzle (node-postgres's Pool, drizzle's `db.$client`, in both database modes). */
interface Driver {
  query(config: { name: string; text: string; values: unknown[] }): Promise<unknown>;
}

/**
 * One table of the history, always read and changed within a caller's scope; inserts are batched
 * (concurrent calls share one multi-row INSERT). Subclasses say how their filters read.
 */
export class HistoryStore<Table extends HistoryTable> {
  private readonly writer: BatchedWriter<Table["$inferInsert"]>;
  /** The table's column keys, in the order of a prepared INSERT's parameters. */
  private readonly columnKeys: string[];
  /** Each column's encoding of a value for the driver (drizzle's mapToDriverValue), in the same order. */
  private readonly encoders: Array<(value: unknown) => unknown>;
  /**
   * The SQL of multi-row INSERTs by row count, built by drizzle once and sent by the driver as named
   * statements: building the query per batch, and drizzle's placeholder filling, cost more
   * event-loop time than the write.
   */
  private readonly insertTexts = new Map<number, { name: string; text: string }>();
  private readonly driver: Driver | undefined;

  constructor(
    protected readonly db: Database,
    private readonly table: Table,
    onInsertBatch: (size: number) => void = () => undefined,
  ) {
    const columns = getTableColumns(table);
    this.columnKeys = Object.keys(columns);
    this.encoders = Object.values(columns).map((column) => (value) => column.mapToDriverValue(value));
    const client = (db as unknown as { $client?: Partial<Driver> }).$client;
    this.driver = typeof client?.query === "function" ? (client as Driver) : undefined;
    this.writer = new BatchedWriter(async (rows) => {
      await this.insertRows(rows);
      onInsertBatch(rows.length);
    });
  }

  private async insertRows(rows: Array<Table["$inferInsert"]>): Promise<void> {
    const values = this.driver && this.driverValues(rows);
    if (values) await this.driver!.query({ ...this.insertText(rows.length), values });
    // On the union of tables drizzle would ask for every table's columns at once; `Table` types the rows.
    else await this.db.insert(this.history).values(rows as never);
  }

  /**
   * Every row's value of every column in order, encoded for the driver as drizzle encodes them; undefined
   * when a row leaves a column to its default (or the batch is large): drizzle builds those.
   */
  private driverValues(rows: Array<Table["$inferInsert"]>): unknown[] | undefined {
    if (rows.length > MAX_PREPARED_INSERT_ROWS) return undefined;
    const values: unknown[] = [];
    const { columnKeys, encoders } = this;
    for (const row of rows as Array<Record<string, unknown>>) {
      for (let column = 0; column < columnKeys.length; column++) {
        const value = row[columnKeys[column]!];
        if (value === undefined) return undefined;
        values.push(value === null ? null : encoders[column]!(value));
      }
    }
    return values;
  }

  /** The INSERT of `count` rows with numbered parameters, built once (named, so the database parses it once per connection too). */
  private insertText(count: number): { name: string; text: string } {
    let insert = this.insertTexts.get(count);
    if (!insert) {
      const columns = this.columnKeys.length;
      const rows = Array.from({ length: count }, (_, row) =>
        Object.fromEntries(
          this.columnKeys.map((key, column) => [key, sql.placeholder(String(row * columns + column))]),
        ),
      );
      const { sql: text, params } = this.db
        .insert(this.history)
        .values(rows as never)
        .toSQL();
      // The values are sent in column order: drizzle must number the parameters in that order too.
      params.forEach((param, index) => {
        const { name } = (param as { value?: { name?: string } }).value ?? (param as { name?: string });
        if (name !== String(index))
          throw new Error(`INSERT parameter $${index + 1} is placeholder ${name}, not ${index}`);
      });
      insert = { name: `${getTableName(this.history)}_insert_${count}`, text };
      this.insertTexts.set(count, insert);
    }
    return insert;
  }

  private get history(): HistoryTable {
    return this.table;
  }

  /** Resolves once the rows are committed. */
  insert(rows: Array<Table["$inferInsert"]>): Promise<void> {
    return this.writer.write(rows);
  }

  protected where(scope: HistoryScope, ...conditions: Array<SQL | undefined>): SQL | undefined {
    return and(scope.kind === "owner" ? eq(this.history.ownerId, scope.ownerId) : undefined, ...conditions);
  }

  async get(scope: HistoryScope, id: string): Promise<Table["$inferSelect"] | undefined> {
    if (scope.kind === "none" || !isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(this.history)
      .where(this.where(scope, eq(this.history.id, id)));
    return row as Table["$inferSelect"] | undefined;
  }

  /** Newest first, `first` rows after `after`, among those matching `conditions`; images only `withImages`. */
  protected async listWhere(
    scope: HistoryScope,
    conditions: Array<SQL | undefined>,
    first: number,
    after: KeysetPosition | undefined,
    withImages: boolean,
  ): Promise<KeysetPage<ListedRow<Table["$inferSelect"]>>> {
    if (scope.kind === "none") return { rows: [], hasNextPage: false };
    const columns: Record<string, unknown> = { ...getTableColumns(this.history) };
    if (!withImages)
      for (const image of ["thumbnail", "normalizedImage"] satisfies ImageColumn[]) delete columns[image];
    const rows = await this.db
      .select(columns as ReturnType<typeof getTableColumns<HistoryTable>>)
      .from(this.history)
      .where(this.where(scope, ...conditions, afterPosition(this.history, after)))
      .orderBy(...newestFirst(this.history))
      .limit(first + 1);
    return pageOf(rows as Array<ListedRow<Table["$inferSelect"]>>, first);
  }

  protected async countWhere(scope: HistoryScope, conditions: Array<SQL | undefined>): Promise<number> {
    if (scope.kind === "none") return 0;
    return this.db.$count(this.history, this.where(scope, ...conditions));
  }

  /** Sets the user's correction of one row; undefined when it is not in the scope. */
  protected async updateWhere(
    scope: HistoryScope,
    id: string,
    values: Partial<Table["$inferInsert"]>,
  ): Promise<Table["$inferSelect"] | undefined> {
    if (scope.kind === "none" || !isUuid(id)) return undefined;
    const [row] = await this.db
      .update(this.history)
      .set(values as never)
      .where(this.where(scope, eq(this.history.id, id)))
      .returning();
    return row as Table["$inferSelect"] | undefined;
  }

  async delete(scope: HistoryScope, id: string): Promise<boolean> {
    if (scope.kind === "none" || !isUuid(id)) return false;
    const deleted = await this.db
      .delete(this.history)
      .where(this.where(scope, eq(this.history.id, id)))
      .returning({ id: this.history.id });
    return deleted.length > 0;
  }

  /** Waits for queued inserts and refuses new ones. */
  close(): Promise<void> {
    return this.writer.close();
  }
}
