import { and, eq, isNotNull, isNull, ne, or, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { numberReadings, type NewNumberReading, type NumberReadingRow } from "../db/schema.js";
import { BatchedWriter } from "./batched-writer.js";
import {
  after as afterPosition,
  isUuid,
  newestFirst,
  pageOf,
  type KeysetPage,
  type KeysetPosition,
} from "./keyset.js";
import type { HistoryScope } from "./prediction-store.js";

export interface NumberHistoryFilter {
  /** True: feedback named another value than the reading; false: it did not (or there was none). */
  corrected?: boolean | undefined;
}

export type NumberHistoryPage = KeysetPage<NumberReadingRow>;

/** Number readings and their feedback, read and changed within a caller's scope like predictions. */
export class NumberReadingStore {
  private readonly writer: BatchedWriter<NewNumberReading>;

  constructor(private readonly db: Database) {
    this.writer = new BatchedWriter(async (rows) => {
      await this.db.insert(numberReadings).values(rows);
    });
  }

  /** Resolves once the rows are committed; concurrent calls share one multi-row INSERT. */
  insert(rows: NewNumberReading[]): Promise<void> {
    return this.writer.write(rows);
  }

  private where(scope: HistoryScope, ...conditions: Array<SQL | undefined>): SQL | undefined {
    return and(scope.kind === "owner" ? eq(numberReadings.ownerId, scope.ownerId) : undefined, ...conditions);
  }

  private filter({ corrected }: NumberHistoryFilter): Array<SQL | undefined> {
    if (corrected === undefined) return [];
    return [
      corrected
        ? and(isNotNull(numberReadings.correctValue), ne(numberReadings.correctValue, numberReadings.value))
        : or(isNull(numberReadings.correctValue), eq(numberReadings.correctValue, numberReadings.value)),
    ];
  }

  async get(scope: HistoryScope, id: string): Promise<NumberReadingRow | undefined> {
    if (scope.kind === "none" || !isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(numberReadings)
      .where(this.where(scope, eq(numberReadings.id, id)));
    return row;
  }

  /** Newest first, `first` rows after `after`. */
  async list(
    scope: HistoryScope,
    filter: NumberHistoryFilter,
    first: number,
    after?: KeysetPosition,
  ): Promise<NumberHistoryPage> {
    if (scope.kind === "none") return { rows: [], hasNextPage: false };
    const rows = await this.db
      .select()
      .from(numberReadings)
      .where(this.where(scope, ...this.filter(filter), afterPosition(numberReadings, after)))
      .orderBy(...newestFirst(numberReadings))
      .limit(first + 1);
    return pageOf(rows, first);
  }

  async count(scope: HistoryScope, filter: NumberHistoryFilter): Promise<number> {
    if (scope.kind === "none") return 0;
    return this.db.$count(numberReadings, this.where(scope, ...this.filter(filter)));
  }

  async setCorrectValue(
    scope: HistoryScope,
    id: string,
    correctValue: string,
  ): Promise<NumberReadingRow | undefined> {
    if (scope.kind === "none" || !isUuid(id)) return undefined;
    const [row] = await this.db
      .update(numberReadings)
      .set({ correctValue })
      .where(this.where(scope, eq(numberReadings.id, id)))
      .returning();
    return row;
  }

  async delete(scope: HistoryScope, id: string): Promise<boolean> {
    if (scope.kind === "none" || !isUuid(id)) return false;
    const deleted = await this.db
      .delete(numberReadings)
      .where(this.where(scope, eq(numberReadings.id, id)))
      .returning({ id: numberReadings.id });
    return deleted.length > 0;
  }

  /** Waits for queued inserts and refuses new ones. */
  close(): Promise<void> {
    return this.writer.close();
  }
}
