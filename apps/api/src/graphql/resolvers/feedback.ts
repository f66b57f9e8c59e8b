import { COMPARISON_SETS, type ComparisonSet, type ModelMetadata, type SetScore } from "@digit-lab/model";
import { apiError } from "../../errors.js";
import type {
  FeedbackSample,
  FeedbackSampleStatus,
  ModelComparison,
  Resolvers,
  SetComparison,
  TrainingRunInput,
} from "../../generated/resolvers-types.js";
import type { ModelVersionRow, RunComparison } from "../../db/schema.js";
import type { FeedbackSampleView } from "../../store/feedback-store.js";
import { imageDataUrl } from "../../store/stored-image.js";
import type { ModelVersionStore } from "../../store/model-version-store.js";
import type { RunOptions } from "../../store/training-run-store.js";
import { decodeCursor, encodeCursor, pageInfoOf } from "../cursor.js";
import { requireAdmin } from "../require-admin.js";
import { validateDigit, validatePageSize } from "../validate.js";

const SET_DESCRIPTIONS: Record<ComparisonSet, string> = {
  mnist: "MNIST test digits",
  crossStyle: "MNIST test digits redrawn in 9 handwriting styles unlike MNIST's",
  nonDigits: "drawings that are not one digit, refused or flagged",
  feedbackHoldout: "users' confirmed and corrected samples never trained on",
};

/** Most changed confusion-matrix cells listed per set. */
const MAX_CONFUSION_CHANGES = 10;

function sampleNode(row: FeedbackSampleView): FeedbackSample {
  const status: FeedbackSampleStatus = row.excluded ? "EXCLUDED" : row.holdout ? "HOLDOUT" : "TRAINING";
  return {
    id: row.id,
    label: row.label,
    predictedDigit: row.predictedDigit,
    kind: row.kind === "drawing" ? "DRAWING" : "PHOTO",
    status,
    image: imageDataUrl(row.image),
    modelVersion: row.modelVersion,
    ownerId: row.ownerId,
    createdAt: row.createdAt,
  };
}

function setComparison(set: ComparisonSet, champion: SetScore, challenger: SetScore): SetComparison {
  const perClass =
    champion.perClass && challenger.perClass
      ? champion.perClass.map((recall, digit) => ({
          digit,
          championRecall: recall,
          challengerRecall: challenger.perClass![digit] ?? 0,
        }))
      : null;
  let confusionChanges: SetComparison["confusionChanges"] = null;
  if (champion.confusionMatrix && challenger.confusionMatrix) {
    const changes = champion.confusionMatrix.flatMap((row, actual) =>
      row.map((count, predicted) => ({
        actual,
        predicted,
        champion: count,
        challenger: challenger.confusionMatrix![actual]?.[predicted] ?? 0,
      })),
    );
    confusionChanges = changes
      .filter((cell) => cell.actual !== cell.predicted && cell.champion !== cell.challenger)
      .sort((a, b) => Math.abs(b.challenger - b.champion) - Math.abs(a.challenger - a.champion))
      .slice(0, MAX_CONFUSION_CHANGES);
  }
  return {
    set,
    description: SET_DESCRIPTIONS[set],
    count: challenger.count,
    championAccuracy: champion.accuracy,
    challengerAccuracy: challenger.accuracy,
    perClass,
    confusionChanges,
  };
}

/** The stored comparison as the API shows it; the champion resolves to its version row. */
export function comparisonView(
  comparison: RunComparison,
): Omit<ModelComparison, "champion"> & { championId: string } {
  return {
    championId: comparison.championId,
    championName: comparison.championName,
    sets: COMPARISON_SETS.flatMap((set) => {
      const champion = comparison.champion[set];
      const challenger = comparison.challenger[set];
      return champion && challenger ? [setComparison(set, champion, challenger)] : [];
    }),
    worseSets: comparison.worseSets,
    betterOnHoldout: comparison.betterOnHoldout,
    promotable: comparison.promote,
    activated: comparison.activated,
    measuredAt: new Date(comparison.measuredAt),
  };
}

/**
 * How a run trains besides its config: a base version (whose architecture it must use) and feedback.
 * Returns the architecture to train.
 */
export async function validateRunOptions(
  input: TrainingRunInput,
  models: ModelVersionStore,
): Promise<{ options: RunOptions; base: ModelVersionRow | undefined }> {
  let base: ModelVersionRow | undefined;
  if (input.baseModelId !== null && input.baseModelId !== undefined) {
    base = await models.get(input.baseModelId);
    if (!base)
      throw apiError(
        "BAD_USER_INPUT",
        `baseModelId ${input.baseModelId} is not a registered model version.`,
        {
          field: "baseModelId",
        },
      );
    const architecture = (base.metadata as ModelMetadata).architecture;
    if (input.architecture && input.architecture !== architecture)
      throw apiError(
        "BAD_USER_INPUT",
        `architecture ${input.architecture} differs from the base model's (${architecture}); omit it to fine-tune.`,
        { field: "architecture" },
      );
  }
  return {
    base,
    options: {
      baseModelVersionId: base?.id ?? null,
      includeFeedback: input.includeFeedback ?? false,
      autoActivate: input.autoActivate ?? false,
    },
  };
}

/** Retrain-after values an admin may set. */
const MAX_RETRAIN_AFTER = 100_000;

export const feedbackResolvers: Resolvers = {
  Query: {
    feedbackSamples: async (_parent, { first, after, label, kind, status }, context) => {
      requireAdmin(context.caller);
      const pageSize = validatePageSize(first ?? 50);
      const filter = {
        label: label === null || label === undefined ? undefined : validateDigit("label", label),
        kind: kind ? (kind === "DRAWING" ? ("drawing" as const) : ("photo" as const)) : undefined,
        status: status ? (status.toLowerCase() as "training" | "holdout" | "excluded") : undefined,
      };
      await context.services.feedback.sync();
      const [page, totalCount] = await Promise.all([
        context.services.feedback.list(filter, pageSize, after ? decodeCursor(after) : undefined),
        context.services.feedback.count(filter),
      ]);
      return {
        edges: page.rows.map((row) => ({ cursor: encodeCursor(row), node: sampleNode(row) })),
        pageInfo: pageInfoOf(page),
        totalCount,
      };
    },
    feedbackCounts: async (_parent, _args, context) => {
      requireAdmin(context.caller);
      await context.services.feedback.sync();
      return context.services.feedback.countsPerDigit();
    },
    feedbackSettings: async (_parent, _args, context) => {
      requireAdmin(context.caller);
      await context.services.feedback.sync();
      return context.services.feedback.settings();
    },
  },
  Mutation: {
    excludeFeedbackSample: async (_parent, { id }, context) => {
      requireAdmin(context.caller);
      const row = await context.services.feedback.setExcluded(id, true);
      if (!row) throw apiError("NOT_FOUND", `Feedback sample ${id} does not exist.`);
      context.log.info({ sample: id }, "feedback sample excluded");
      return sampleNode(row);
    },
    includeFeedbackSample: async (_parent, { id }, context) => {
      requireAdmin(context.caller);
      const row = await context.services.feedback.setExcluded(id, false);
      if (!row) throw apiError("NOT_FOUND", `Feedback sample ${id} does not exist.`);
      return sampleNode(row);
    },
    updateFeedbackSettings: async (_parent, { retrainAfterSamples }, context) => {
      requireAdmin(context.caller);
      const value = retrainAfterSamples ?? null;
      if (value !== null && (!Number.isInteger(value) || value < 1 || value > MAX_RETRAIN_AFTER))
        throw apiError(
          "BAD_USER_INPUT",
          `retrainAfterSamples must be an integer from 1 to ${MAX_RETRAIN_AFTER}, or null, got ${value}.`,
          { field: "retrainAfterSamples" },
        );
      await context.services.feedback.sync();
      return context.services.feedback.setRetrainAfter(value);
    },
  },
  TrainingRun: {
    baseModel: async (run, _args, context) =>
      run.baseModelVersionId ? ((await context.services.models.get(run.baseModelVersionId)) ?? null) : null,
    feedbackSamples: async (run, _args, context) => {
      if (!run.includeFeedback || !run.modelVersionId) return null;
      const version = await context.services.models.get(run.modelVersionId);
      return (version?.metadata as ModelMetadata | undefined)?.feedbackSamples ?? null;
    },
    comparison: async (run, _args, context) =>
      run.comparison
        ? {
            ...comparisonView(run.comparison),
            champion: (await context.services.models.get(run.comparison.championId)) ?? null,
          }
        : null,
  },
};
