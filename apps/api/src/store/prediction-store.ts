import { and, eq, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { predictions, type PredictionRow } from "../db/schema.js";
import { HistoryStore, type HistoryScope, type ListedRow } from "./history-store.js";
import type { KeysetPage, KeysetPosition } from "./keyset.js";

export type { HistoryScope } from "./history-store.js";

export interface HistoryFilter {
  /** The digit as corrected by feedback, or as predicted when there was none. */
  digit?: number | undefined;
  /** True: feedback named another digit than the prediction; false: it did not (or there was none). */
  corrected?: boolean | undefined;
}

export type HistoryPage = KeysetPage<ListedRow<PredictionRow>>;

/** Predictions and their feedback, always read and changed within a caller's scope. */
export class PredictionStore extends HistoryStore<typeof predictions> {
  constructor(db: Database, onInsertBatch?: (size: number) => void) {
    super(db, predictions, onInsertBatch);
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

  /** Newest first, `first` rows after `after`. */
  list(
    scope: HistoryScope,
    filter: HistoryFilter,
    first: number,
    after?: KeysetPosition,
    withImages = true,
  ): Promise<HistoryPage> {
    return this.listWhere(scope, this.filter(filter), first, after, withImages);
  }

  count(scope: HistoryScope, filter: HistoryFilter): Promise<number> {
    return this.countWhere(scope, this.filter(filter));
  }

  setCorrectDigit(scope: HistoryScope, id: string, correctDigit: number): Promise<PredictionRow | undefined> {
    return this.updateWhere(scope, id, { correctDigit });
  }
}
