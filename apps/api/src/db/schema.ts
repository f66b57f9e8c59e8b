import type { EpochMetrics, ModelMetadata, SetScores, TrainingConfig } from "@digit-lab/model";
import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uuid,
  uniqueIndex,
} from "drizzle-orm/pg-core";

// One schema for PGlite and PostgreSQL; `pnpm --filter @digit-lab/api db:generate` writes the migration.

/** Whoever owns a history: a browser session or the holder of API keys. */
export const owners = pgTable("owners", {
  id: uuid("id").primaryKey(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
});

export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => owners.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** SHA-256 of the key, hex; the key itself is never stored. */
    keyHash: text("key_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    uniqueIndex("api_keys_key_hash_idx").on(table.keyHash),
    index("api_keys_owner_idx").on(table.ownerId),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie value, hex. */
    tokenHash: text("token_hash").primaryKey(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => owners.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [index("sessions_owner_idx").on(table.ownerId)],
);

/** Raw bytes; drizzle has no built-in bytea column. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength),
});

export const TRAINING_RUN_STATUSES = ["QUEUED", "RUNNING", "SUCCEEDED", "FAILED", "CANCELLED"] as const;
export type TrainingRunStatus = (typeof TRAINING_RUN_STATUSES)[number];

/** Test-set evaluation of a finished run. */
export type TrainingRunTestMetrics = NonNullable<ModelMetadata["test"]>;

/** Training runs: queued by startTrainingRun, claimed and executed one at a time by a trainer. */
export const trainingRuns = pgTable(
  "training_runs",
  {
    id: uuid("id").primaryKey(),
    status: text("status").$type<TrainingRunStatus>().notNull(),
    config: jsonb("config").$type<TrainingConfig>().notNull(),
    backend: text("backend"),
    progress: doublePrecision("progress").notNull().default(0),
    epochs: jsonb("epochs").$type<EpochMetrics[]>().notNull().default([]),
    test: jsonb("test").$type<TrainingRunTestMetrics>(),
    error: text("error"),
    /** Set by cancelTrainingRun on a RUNNING run; its trainer polls it and stops. */
    cancelRequested: boolean("cancel_requested").notNull().default(false),
    /** Which trainer claimed it (host:pid:random). */
    worker: text("worker"),
    /** Refreshed by the trainer every few seconds; a stale one means the trainer died. */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true, mode: "date" }),
    /** The claiming trainer's lease, renewed by its heartbeat; once past, any replica or worker requeues the run. */
    leaseExpiresAt: timestamp("lease_expires_at", { withTimezone: true, mode: "date" }),
    /** Claims by a trainer; a run handed back on a graceful stop gives its claim back. */
    attempts: integer("attempts").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }),
    finishedAt: timestamp("finished_at", { withTimezone: true, mode: "date" }),
    durationMs: doublePrecision("duration_ms"),
    modelVersionId: uuid("model_version_id"),
    /** Fine-tune from this registered version instead of fresh weights. */
    baseModelVersionId: uuid("base_model_version_id"),
    /** Train on MNIST plus the feedback samples (never their holdout, never excluded ones). */
    includeFeedback: boolean("include_feedback").notNull().default(false),
    /** Activate the trained model if it beats the active one (see RunComparison). */
    autoActivate: boolean("auto_activate").notNull().default(false),
    /** Queued by the feedback schedule rather than by an admin. */
    scheduled: boolean("scheduled").notNull().default(false),
    /** The trained model beside the model active when it finished, set by set. */
    comparison: jsonb("comparison").$type<RunComparison>(),
  },
  (table) => [
    index("training_runs_created_idx").on(table.createdAt.desc(), table.id.desc()),
    index("training_runs_status_created_idx").on(table.status, table.createdAt),
  ],
);

/**
 * The last epoch checkpoint of a run, one row per file of @digit-lab/model's checkpoint directory, so
 * whichever worker claims a requeued run resumes it; removed when the run finishes.
 */
export const trainingCheckpoints = pgTable(
  "training_checkpoints",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => trainingRuns.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    data: bytea("data").notNull(),
  },
  (table) => [primaryKey({ columns: [table.runId, table.name] })],
);

/** Trainers (pnpm worker processes and in-process trainers), refreshed while they live. */
export const trainingWorkers = pgTable("training_workers", {
  /** host:pid:random, as written on the runs it claims. */
  id: text("id").primaryKey(),
  /** worker: a `pnpm worker` process; in-process: an API replica with TRAINER=in-process. */
  kind: text("kind").$type<"worker" | "in-process">().notNull(),
  host: text("host").notNull(),
  pid: integer("pid").notNull(),
  version: text("version").notNull(),
  startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull(),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull(),
  /** Alive until then unless seen again. */
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  runId: uuid("run_id"),
});

/** Every model that has served predictions or could: shipped directories and trained runs. */
export const modelVersions = pgTable(
  "model_versions",
  {
    id: uuid("id").primaryKey(),
    name: text("name").notNull(),
    architecture: text("architecture").notNull(),
    parameterCount: integer("parameter_count").notNull(),
    testAccuracy: doublePrecision("test_accuracy"),
    /** metadata.json of the model directory, as written by @digit-lab/model. */
    metadata: jsonb("metadata").notNull(),
    active: boolean("active").notNull().default(false),
    /** shipped: loaded from a model directory; trained: produced by a training run of this API. */
    source: text("source").$type<"shipped" | "trained">().notNull().default("shipped"),
    trainingRunId: uuid("training_run_id").references(() => trainingRuns.id),
    /** When the model was trained. */
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    registeredAt: timestamp("registered_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    uniqueIndex("model_versions_name_idx").on(table.name),
    // At most one active version.
    uniqueIndex("model_versions_active_idx")
      .on(table.active)
      .where(sql`${table.active}`),
  ],
);

/** model.json and weights of a version, so every replica can load any version from the database alone. */
export const modelArtifacts = pgTable("model_artifacts", {
  modelVersionId: uuid("model_version_id")
    .primaryKey()
    .references(() => modelVersions.id, { onDelete: "cascade" }),
  modelJson: text("model_json").notNull(),
  weights: bytea("weights").notNull(),
});

export const predictions = pgTable(
  "predictions",
  {
    id: uuid("id").primaryKey(),
    /** Null: made without credentials (or by the admin), so in no one's history. */
    ownerId: uuid("owner_id").references(() => owners.id, { onDelete: "cascade" }),
    modelVersionId: uuid("model_version_id")
      .notNull()
      .references(() => modelVersions.id),
    digit: smallint("digit").notNull(),
    confidence: doublePrecision("confidence").notNull(),
    /** Calibrated probabilities of the ten digits (they sum to 1 - notDigitProbability). */
    probabilities: real("probabilities").array().notNull(),
    /** Calibrated probability that the image is not one digit; null for models without that output. */
    notDigitProbability: real("not_digit_probability"),
    /** Whether the answer was flagged uncertain by the model's calibration; null for rows made before it existed. */
    uncertain: boolean("uncertain"),
    /** PNG of the 28x28 model input (served as a data URL). */
    normalizedImage: bytea("normalized_image").notNull(),
    /** PNG (drawings) or WebP (photos) of the upload, at most 128 px (served as a data URL). */
    thumbnail: bytea("thumbnail").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    inverted: boolean("inverted").notNull(),
    latencyMs: doublePrecision("latency_ms").notNull(),
    correctDigit: smallint("correct_digit"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    index("predictions_owner_created_idx").on(table.ownerId, table.createdAt.desc(), table.id.desc()),
    index("predictions_created_idx").on(table.createdAt.desc(), table.id.desc()),
    index("predictions_model_version_idx").on(table.modelVersionId),
  ],
);

/** One digit of a number reading, as stored with it. */
export interface NumberDigitRecord {
  digit: number;
  confidence: number;
  /** Calibrated probabilities of the ten digits. */
  probabilities: number[];
  notDigitProbability: number | null;
  uncertain: boolean;
  /** Where the digit is in the upload, in original-image pixels. */
  box: { x: number; y: number; width: number; height: number };
  /** data:image/png;base64 of the 28x28 model input. */
  normalizedImage: string;
}

/** Whole numbers read from one image (readNumber), in the same histories as predictions. */
export const numberReadings = pgTable(
  "number_readings",
  {
    id: uuid("id").primaryKey(),
    /** Null: made without credentials (or by the admin), so in no one's history. */
    ownerId: uuid("owner_id").references(() => owners.id, { onDelete: "cascade" }),
    modelVersionId: uuid("model_version_id")
      .notNull()
      .references(() => modelVersions.id),
    /** The digits read, left to right. */
    value: text("value").notNull(),
    digits: jsonb("digits").$type<NumberDigitRecord[]>().notNull(),
    /** True when any digit was uncertain. */
    uncertain: boolean("uncertain").notNull(),
    /** WebP (or PNG) of the upload, at most 256 px on its long side (served as a data URL). */
    thumbnail: bytea("thumbnail").notNull(),
    fileName: text("file_name").notNull(),
    mimeType: text("mime_type").notNull(),
    width: integer("width").notNull(),
    height: integer("height").notNull(),
    inverted: boolean("inverted").notNull(),
    latencyMs: doublePrecision("latency_ms").notNull(),
    /** The whole value the user said was right, if any. */
    correctValue: text("correct_value"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    index("number_readings_owner_created_idx").on(table.ownerId, table.createdAt.desc(), table.id.desc()),
    index("number_readings_created_idx").on(table.createdAt.desc(), table.id.desc()),
    index("number_readings_model_version_idx").on(table.modelVersionId),
  ],
);

/** The model a run produced (challenger) beside the active one (champion) on the same sets. */
export interface RunComparison {
  championId: string;
  championName: string;
  champion: SetScores;
  challenger: SetScores;
  /** Which feedback samples were held out when both were measured. */
  holdoutKey: string;
  worseSets: string[];
  betterOnHoldout: boolean;
  promote: boolean;
  /** True when autoActivate promoted the challenger. */
  activated: boolean;
  measuredAt: string;
}

export const FEEDBACK_SOURCE_KINDS = ["drawing", "photo"] as const;
export type FeedbackSourceKind = (typeof FEEDBACK_SOURCE_KINDS)[number];

/**
 * One labelled sample per confirmed or corrected prediction (deleted with it): the model input, the
 * label users gave, and whether an admin excluded it or its id puts it in the holdout.
 */
export const feedbackSamples = pgTable(
  "feedback_samples",
  {
    predictionId: uuid("prediction_id")
      .primaryKey()
      .references(() => predictions.id, { onDelete: "cascade" }),
    ownerId: uuid("owner_id"),
    modelVersionId: uuid("model_version_id").notNull(),
    label: smallint("label").notNull(),
    /** The digit the model answered. */
    predictedDigit: smallint("predicted_digit").notNull(),
    kind: text("kind").$type<FeedbackSourceKind>().notNull(),
    /** 784 bytes, white ink on black: the 28x28 input the model saw. */
    pixels: bytea("pixels").notNull(),
    /** Fixed by the id (isHoldoutSample): never trained on, measured on. */
    holdout: boolean("holdout").notNull(),
    excluded: boolean("excluded").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [
    index("feedback_samples_created_idx").on(table.createdAt.desc(), table.predictionId.desc()),
    index("feedback_samples_label_idx").on(table.label),
  ],
);

/** A model version's scores on the comparison sets, per holdout (the feedback changes, the key says which). */
export const modelEvaluations = pgTable(
  "model_evaluations",
  {
    modelVersionId: uuid("model_version_id")
      .notNull()
      .references(() => modelVersions.id, { onDelete: "cascade" }),
    holdoutKey: text("holdout_key").notNull(),
    scores: jsonb("scores").$type<SetScores>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.modelVersionId, table.holdoutKey] })],
);

/** Admin settings of the feedback loop: one row (id 1). */
export const feedbackSettings = pgTable("feedback_settings", {
  id: smallint("id").primaryKey(),
  /** Queue a feedback fine-tune run after this many new samples; null: never. */
  retrainAfterSamples: integer("retrain_after_samples"),
  /** Samples counted when the last scheduled run was queued. */
  samplesAtLastRetrain: integer("samples_at_last_retrain").notNull().default(0),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull(),
});

export type FeedbackSampleRow = typeof feedbackSamples.$inferSelect;

export type OwnerRow = typeof owners.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ModelVersionRow = typeof modelVersions.$inferSelect;
export type TrainingRunRow = typeof trainingRuns.$inferSelect;
export type TrainingWorkerRow = typeof trainingWorkers.$inferSelect;
export type PredictionRow = typeof predictions.$inferSelect;
export type NewPrediction = typeof predictions.$inferInsert;
export type NumberReadingRow = typeof numberReadings.$inferSelect;
export type NewNumberReading = typeof numberReadings.$inferInsert;
