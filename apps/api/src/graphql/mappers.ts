import type {
  ApiKeyRow,
  NumberDigitRecord,
  NumberReadingRow,
  PredictionRow,
  TrainingRunStatus,
  TrainingWorkerRow,
} from "../db/schema.js";
import type { ListedRow } from "../store/history-store.js";
import type { NumberHistoryFilter, NumberHistoryPage } from "../store/number-reading-store.js";
import type { HistoryFilter, HistoryPage, HistoryScope } from "../store/prediction-store.js";
import type { TrainingRunPage } from "../store/training-run-store.js";

/** A prediction, plus how many topK entries the mutation asked for and whether it is kept (default: it is). */
export type PredictionParent = ListedRow<PredictionRow> & { topKCount?: number; stored?: boolean };

/** One page of history; totalCount runs its own query, only when asked for. */
export interface PredictionConnectionParent {
  page: HistoryPage;
  scope: HistoryScope;
  filter: HistoryFilter;
}

/** A number reading, plus how many topK entries each digit gets and whether it is kept (default: it is). */
export type NumberReadingParent = ListedRow<NumberReadingRow> & { topKCount?: number; stored?: boolean };

/** One digit of a reading, with its reading's topK count. */
export type DigitReadingParent = NumberDigitRecord & { topKCount?: number };

export interface NumberReadingConnectionParent {
  page: NumberHistoryPage;
  scope: HistoryScope;
  filter: NumberHistoryFilter;
}

export interface NewApiKeyParent {
  row: ApiKeyRow;
  key: string;
}

/** One page of training runs; totalCount runs its own query, only when asked for. */
export interface TrainingRunConnectionParent {
  page: TrainingRunPage;
  status: TrainingRunStatus | undefined;
}

/** A training_workers row and whether its record has not expired. */
export type TrainingWorkerParent = TrainingWorkerRow & { alive: boolean };
