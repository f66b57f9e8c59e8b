import type { ApiKeyRow, PredictionRow } from "../db/schema.js";
import type { HistoryFilter, HistoryPage, HistoryScope } from "../store/prediction-store.js";

/** A stored prediction, plus how many topK entries the mutation asked for. */
export type PredictionParent = PredictionRow & { topKCount?: number };

/** One page of history; totalCount runs its own query, only when asked for. */
export interface PredictionConnectionParent {
  page: HistoryPage;
  scope: HistoryScope;
  filter: HistoryFilter;
}

export interface NewApiKeyParent {
  row: ApiKeyRow;
  key: string;
}
