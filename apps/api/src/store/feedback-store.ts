import { createHash } from "node:crypto";
import { decodeInputImage, isHoldoutSample, type FeedbackSample, type SetScores } from "@digit-lab/model";
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import {
  feedbackSamples,
  feedbackSettings,
  modelEvaluations,
  modelVersions,
  predictions,
  type FeedbackSourceKind,
} from "../db/schema.js";
import {
  after as afterPosition,
  isUuid,
  newestFirst,
  pageOf,
  type KeysetPage,
  type KeysetPosition,
} from "./keyset.js";

/** A sample is keyed by its prediction's id. */
const samplesByTime = { createdAt: feedbackSamples.createdAt, id: feedbackSamples.predictionId };

/** The web app's drawing canvas uploads under this name; anything else was a photo or a file. */
export const DRAWING_FILE_NAME = "drawing.png";

export function sourceKindOf(fileName: string): FeedbackSourceKind {
  return fileName === DRAWING_FILE_NAME ? "drawing" : "photo";
}

export type FeedbackSampleStatus = "training" | "holdout" | "excluded";

export interface FeedbackFilter {
  label?: number | undefined;
  kind?: FeedbackSourceKind | undefined;
  status?: FeedbackSampleStatus | undefined;
}

/** A sample as listed: without its pixels, with the image the model saw and the version's name. */
export interface FeedbackSampleView {
  id: string;
  ownerId: string | null;
  label: number;
  predictedDigit: number;
  kind: FeedbackSourceKind;
  holdout: boolean;
  excluded: boolean;
  createdAt: Date;
  modelVersion: string;
  /** PNG of the model input. */
  image: Uint8Array;
}

export interface FeedbackDigitCount {
  digit: number;
  training: number;
  holdout: number;
  excluded: number;
  /** Of all its samples, those where users named another digit than the model. */
  corrected: number;
}

export interface FeedbackSettingsView {
  retrainAfterSamples: number | null;
  /** Samples recorded since the last scheduled run (or since the start). */
  newSamples: number;
}

/** Samples decoded per sync round, so a large backlog never holds many images at once. */
const SYNC_BATCH = 200;
const SETTINGS_ID = 1;

/**
 * The feedback dataset: one sample per prediction whose user confirmed or corrected it, kept in step
 * with the predictions (a sample goes with its prediction, a new correction relabels it).
 */
export class FeedbackStore {
  constructor(private readonly db: Database) {}

  /** Adds samples for newly answered predictions and relabels re-corrected ones; returns how many were added. */
  async sync(): Promise<number> {
    await this.db.execute(sql`
      UPDATE ${feedbackSamples} SET label = p.correct_digit
      FROM ${predictions} p
      WHERE p.id = ${feedbackSamples.predictionId} AND p.correct_digit IS NOT NULL AND p.correct_digit <> ${feedbackSamples.label}`);
    let added = 0;
    for (;;) {
      const missing = await this.db
        .select({
          id: predictions.id,
          ownerId: predictions.ownerId,
          modelVersionId: predictions.modelVersionId,
          label: predictions.correctDigit,
          predictedDigit: predictions.digit,
          fileName: predictions.fileName,
          image: predictions.normalizedImage,
          createdAt: predictions.createdAt,
        })
        .from(predictions)
        .leftJoin(feedbackSamples, eq(feedbackSamples.predictionId, predictions.id))
        .where(and(isNotNull(predictions.correctDigit), isNull(feedbackSamples.predictionId)))
        .limit(SYNC_BATCH);
      if (missing.length === 0) return added;
      const rows = await Promise.all(
        missing.map(async (row) => ({
          predictionId: row.id,
          ownerId: row.ownerId,
          modelVersionId: row.modelVersionId,
          label: row.label!,
          predictedDigit: row.predictedDigit,
          kind: sourceKindOf(row.fileName),
          pixels: await decodeInputImage(row.image),
          holdout: isHoldoutSample(row.id),
          createdAt: row.createdAt,
        })),
      );
      // Another replica may add the same samples at the same time.
      const inserted = await this.db
        .insert(feedbackSamples)
        .values(rows)
        .onConflictDoNothing()
        .returning({ id: feedbackSamples.predictionId });
      added += inserted.length;
      if (missing.length < SYNC_BATCH) return added;
    }
  }

  private where(filter: FeedbackFilter, after?: KeysetPosition): SQL | undefined {
    const status =
      filter.status === "excluded"
        ? eq(feedbackSamples.excluded, true)
        : filter.status === "holdout"
          ? and(eq(feedbackSamples.excluded, false), eq(feedbackSamples.holdout, true))
          : filter.status === "training"
            ? and(eq(feedbackSamples.excluded, false), eq(feedbackSamples.holdout, false))
            : undefined;
    return and(
      filter.label === undefined ? undefined : eq(feedbackSamples.label, filter.label),
      filter.kind === undefined ? undefined : eq(feedbackSamples.kind, filter.kind),
      status,
      afterPosition(samplesByTime, after),
    );
  }

  private selectView() {
    return this.db
      .select({
        id: feedbackSamples.predictionId,
        ownerId: feedbackSamples.ownerId,
        label: feedbackSamples.label,
        predictedDigit: feedbackSamples.predictedDigit,
        kind: feedbackSamples.kind,
        holdout: feedbackSamples.holdout,
        excluded: feedbackSamples.excluded,
        createdAt: feedbackSamples.createdAt,
        modelVersion: modelVersions.name,
        image: predictions.normalizedImage,
      })
      .from(feedbackSamples)
      .innerJoin(predictions, eq(predictions.id, feedbackSamples.predictionId))
      .innerJoin(modelVersions, eq(modelVersions.id, feedbackSamples.modelVersionId));
  }

  /** Newest first, `first` samples after `after`. */
  async list(
    filter: FeedbackFilter,
    first: number,
    after?: KeysetPosition,
  ): Promise<KeysetPage<FeedbackSampleView>> {
    const rows = await this.selectView()
      .where(this.where(filter, after))
      .orderBy(...newestFirst(samplesByTime))
      .limit(first + 1);
    return pageOf(rows, first);
  }

  count(filter: FeedbackFilter): Promise<number> {
    return this.db.$count(feedbackSamples, this.where(filter));
  }

  async countsPerDigit(): Promise<FeedbackDigitCount[]> {
    const rows = await this.db
      .select({
        digit: feedbackSamples.label,
        training: sql<number>`count(*) filter (where not ${feedbackSamples.excluded} and not ${feedbackSamples.holdout})::int`,
        holdout: sql<number>`count(*) filter (where not ${feedbackSamples.excluded} and ${feedbackSamples.holdout})::int`,
        excluded: sql<number>`count(*) filter (where ${feedbackSamples.excluded})::int`,
        corrected: sql<number>`count(*) filter (where ${feedbackSamples.label} <> ${feedbackSamples.predictedDigit})::int`,
      })
      .from(feedbackSamples)
      .groupBy(feedbackSamples.label);
    const byDigit = new Map(rows.map((row) => [row.digit, row]));
    return Array.from({ length: 10 }, (_, digit) => {
      const row = byDigit.get(digit);
      return {
        digit,
        training: Number(row?.training ?? 0),
        holdout: Number(row?.holdout ?? 0),
        excluded: Number(row?.excluded ?? 0),
        corrected: Number(row?.corrected ?? 0),
      };
    });
  }

  /** Excludes (or includes again) one sample; undefined when there is no such sample. */
  async setExcluded(id: string, excluded: boolean): Promise<FeedbackSampleView | undefined> {
    if (!isUuid(id)) return undefined;
    const updated = await this.db
      .update(feedbackSamples)
      .set({ excluded })
      .where(eq(feedbackSamples.predictionId, id))
      .returning({ id: feedbackSamples.predictionId });
    if (updated.length === 0) return undefined;
    const [row] = await this.selectView().where(eq(feedbackSamples.predictionId, id));
    return row;
  }

  /** Every sample with its pixels, oldest first, for splitFeedback (which drops excluded ones). */
  async samples(): Promise<FeedbackSample[]> {
    const rows = await this.db
      .select({
        id: feedbackSamples.predictionId,
        label: feedbackSamples.label,
        pixels: feedbackSamples.pixels,
        excluded: feedbackSamples.excluded,
        kind: feedbackSamples.kind,
      })
      .from(feedbackSamples)
      .orderBy(feedbackSamples.createdAt, feedbackSamples.predictionId);
    return rows;
  }

  /** Scores of a version measured with this holdout, if measured before. */
  async cachedScores(modelVersionId: string, holdoutKey: string): Promise<SetScores | undefined> {
    const [row] = await this.db
      .select({ scores: modelEvaluations.scores })
      .from(modelEvaluations)
      .where(
        and(eq(modelEvaluations.modelVersionId, modelVersionId), eq(modelEvaluations.holdoutKey, holdoutKey)),
      );
    return row?.scores;
  }

  async cacheScores(modelVersionId: string, holdoutKey: string, scores: SetScores): Promise<void> {
    await this.db
      .insert(modelEvaluations)
      .values({ modelVersionId, holdoutKey, scores, createdAt: new Date() })
      .onConflictDoNothing();
  }

  async settings(): Promise<FeedbackSettingsView> {
    const [row] = await this.db.select().from(feedbackSettings).where(eq(feedbackSettings.id, SETTINGS_ID));
    const total = await this.db.$count(feedbackSamples);
    return {
      retrainAfterSamples: row?.retrainAfterSamples ?? null,
      newSamples: Math.max(0, total - (row?.samplesAtLastRetrain ?? 0)),
    };
  }

  async setRetrainAfter(samples: number | null): Promise<FeedbackSettingsView> {
    await this.db
      .insert(feedbackSettings)
      .values({ id: SETTINGS_ID, retrainAfterSamples: samples, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: feedbackSettings.id,
        set: { retrainAfterSamples: samples, updatedAt: new Date() },
      });
    return this.settings();
  }

  /**
   * True for exactly one caller once N new samples arrived since the last scheduled run: it records
   * the count in the same statement, so replicas and workers checking at once queue one run.
   */
  async claimScheduledRetrain(): Promise<boolean> {
    const total = await this.db.$count(feedbackSamples);
    const claimed = await this.db
      .update(feedbackSettings)
      .set({ samplesAtLastRetrain: total, updatedAt: new Date() })
      .where(
        and(
          eq(feedbackSettings.id, SETTINGS_ID),
          isNotNull(feedbackSettings.retrainAfterSamples),
          sql`${total} - ${feedbackSettings.samplesAtLastRetrain} >= ${feedbackSettings.retrainAfterSamples}`,
        ),
      )
      .returning({ id: feedbackSettings.id });
    return claimed.length > 0;
  }
}

/** Names a holdout by its sample ids, so cached scores are reused only for exactly the same samples. */
export function holdoutKeyOf(ids: readonly string[]): string {
  const hash = createHash("sha256");
  for (const id of [...ids].sort()) hash.update(id);
  return `${ids.length}:${hash.digest("hex").slice(0, 16)}`;
}
