import { and, eq, isNotNull, isNull, ne, or, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import { numberReadings, type NumberReadingRow } from "../db/schema.js";
import { HistoryStore, type HistoryScope, type ListedRow } from "./history-store.js";
import type { KeysetPage, KeysetPosition } from "./keyset.js";

export interface NumberHistoryFilter {
  /** True: feedback named another value than the reading; false: it did not (or there was none). */
  corrected?: boolean | undefined;
}

export type NumberHistoryPage = KeysetPage<ListedRow<NumberReadingRow>>;

/** Number readings and their feedback, read and changed within a caller's scope like predictions. */
export class NumberReadingStore extends HistoryStore<typeof numberReadings> {
  constructor(db: Database) {
    super(db, numberReadings);
  }

  private filter({ corrected }: NumberHistoryFilter): Array<SQL | undefined> {
    if (corrected === undefined) return [];
    return [
      corrected
        ? and(isNotNull(numberReadings.correctValue), ne(numberReadings.correctValue, numberReadings.value))
        : or(isNull(numberReadings.correctValue), eq(numberReadings.correctValue, numberReadings.value)),
    ];
  }

  /** Newest first, `first` rows after `after`. */
  list(
    scope: HistoryScope,
    filter: NumberHistoryFilter,
    first: number,
    after?: KeysetPosition,
    withImages = true,
  ): Promise<NumberHistoryPage> {
    return this.listWhere(scope, this.filter(filter), first, after, withImages);
  }

  count(scope: HistoryScope, filter: NumberHistoryFilter): Promise<number> {
    return this.countWhere(scope, this.filter(filter));
  }

  setCorrectValue(
    scope: HistoryScope,
    id: string,
    correctValue: string,
  ): Promise<NumberReadingRow | undefined> {
    return this.updateWhere(scope, id, { correctValue });
  }
}
