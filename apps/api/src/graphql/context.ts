import type { PreprocessPool } from "@digit-lab/preprocess";
import type { Logger } from "pino";
import type { Caller } from "../auth/caller.js";
import type { ActiveModel } from "../inference/active-model.js";
import type { ApiMetrics } from "../metrics.js";
import type { ModelVersionStore } from "../store/model-version-store.js";
import type { NumberReadingStore } from "../store/number-reading-store.js";
import type { OwnerStore } from "../store/owner-store.js";
import type { FeedbackStore } from "../store/feedback-store.js";
import type { PredictionStore } from "../store/prediction-store.js";
import type { TrainingRunStore } from "../store/training-run-store.js";
import type { AnsweredPredictions } from "./answered-predictions.js";
import type { RateLimits } from "./rate-limit.js";

/** Everything resolvers use; built once per server, shared by every request. */
export interface Services {
  predictions: PredictionStore;
  /** Whole numbers read by readNumber, in the same histories. */
  numbers: NumberReadingStore;
  owners: OwnerStore;
  models: ModelVersionStore;
  runs: TrainingRunStore;
  /** Confirmed and corrected predictions as labelled samples. */
  feedback: FeedbackStore;
  /** Told when a run is queued; undefined when separate workers train (TRAINER=none). */
  trainer: { wake(): void } | undefined;
  activeModel: ActiveModel;
  /** Worker threads that turn uploads into model inputs and thumbnails. */
  preprocess: PreprocessPool;
  metrics: ApiMetrics;
  limits: { maxUploadBytes: number; maxFiles: number; uploadTimeoutMs: number };
  /** STORE_ANONYMOUS: keep predictions of callers without credentials (in no one's history). */
  storeAnonymous: boolean;
  rateLimits: RateLimits;
}

export interface GraphQLContext {
  caller: Caller;
  log: Logger;
  /** performance.now() when the request arrived, for latencyMs. */
  receivedAt: number;
  services: Services;
  /** This request's predictions, stored once its response carries them. */
  answered: AnsweredPredictions;
}
