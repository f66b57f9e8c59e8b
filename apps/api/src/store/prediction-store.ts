import { and, eq, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { predictions, type NewPrediction, type PredictionRow } from "../db/schema.js";
import { BatchedWriter } from "./batched-writer.js";
import {
  after as afterPosition,
  isUuid,
  newestFirst,
  pageOf,
  type KeysetPage,
  type KeysetPosition,
} from "./keyset.js";

/** Which predictions a caller may see: everyone's (admin), one owner's, or none (no history yet). */
export type HistoryScope = { kind: "all" } | { kind: "owner"; ownerId: string } | { kind: "none" };

export interface HistoryFilter {
  /** The digit as corrected by feedback, or as predicted when there was none. */
  digit?: number | undefined;
  /** True: feedback named another digit than the prediction; false: it did not (or there was none). */
  corrected?: boolean | undefined;
}

export type HistoryPage = KeysetPage<PredictionRow>;

/** Predictions and their feedback, always read and changed within a caller's scope. */
export class PredictionStore {
  private readonly writer: BatchedWriter<NewPrediction>;

  constructor(
    private readonly db: Database,
    onInsertBatch: (size: number) => void = () => undefined,
  ) {
    this.writer = new BatchedWriter(async (rows) => {
      await this.db.insert(predictions).values(rows);
      onInsertBatch(rows.length);
    });
  }

  /** Resolves once the rows are committed; concurrent calls share one multi-row INSERT. */
  insert(rows: NewPrediction[]): Promise<void> {
    return this.writer.write(rows);
  }

  private where(scope: HistoryScope, ...conditions: Array<SQL | undefined>): SQL | undefined {
    return and(scope.kind === "owner" ? eq(predictions.ownerId, scope.ownerId) : undefined, ...conditions);
  }

  private filter({ digit, corrected }: HistoryFilter): Array<SQL | undefined> {
    return [
      digit === undefined
        ? undefined
        : sql`coalesce(${predictions.correctDigit}, ${predictions.digit}) = ${digit}`,
      corrected === undefined
        ? undefined
        : corrected
          ? and(isNotNull(predictions.correctDigit), ne(predictions.correctDigit, predictions.digit))
          : or(isNull(predictions.correctDigit), eq(predictions.correctDigit, predictions.digit)),
    ];
  }

  async get(scope: HistoryScope, id: string): Promise<PredictionRow | undefined> {
    if (scope.kind === "none" || !isUuid(id)) return undefined;
    const [row] = await this.db
      .select()
      .from(predictions)
      .where(this.where(scope, eq(predictions.id, id)));
    return row;
  }

  /** Newest first, `first` rows after `after`. */
  async list(
    scope: HistoryScope,
    filter: HistoryFilter,
    first: number,
    after?: KeysetPosition,
  ): Promise<HistoryPage> {
    if (scope.kind === "none") return { rows: [], hasNextPage: false };
    const rows = await this.db
      .select()
      .from(predictions)
      .where(this.where(scope, ...this.filter(filter), afterPosition(predictions, after)))
      .orderBy(...newestFirst(predictions))
      .limit(first + 1);
    return pageOf(rows, first);
  }

  async count(scope: HistoryScope, filter: HistoryFilter): Promise<number> {
    if (scope.kind === "none") return 0;
    return this.db.$count(predictions, this.where(scope, ...this.filter(filter)));
  }

  async setCorrectDigit(
    scope: HistoryScope,
    id: string,
    correctDigit: number,
  ): Promise<PredictionRow | undefined> {
    if (scope.kind === "none" || !isUuid(id)) return undefined;
    const [row] = await this.db
      .update(predictions)
      .set({ correctDigit })
      .where(this.where(scope, eq(predictions.id, id)))
      .returning();
    return row;
  }

  async delete(scope: HistoryScope, id: string): Promise<boolean> {
    if (scope.kind === "none" || !isUuid(id)) return false;
    const deleted = await this.db
      .delete(predictions)
      .where(this.where(scope, eq(predictions.id, id)))
      .returning({ id: predictions.id });
    return deleted.length > 0;
  }

  /** Waits for queued inserts and refuses new ones. */
  close(): Promise<void> {
    return this.writer.close();
  }
}
