import { randomUUID } from "node:crypto";
import { topK } from "@digit-lab/model";
import type { FileUpload } from "graphql-upload-minimal";
import type { PredictionRow } from "../../db/schema.js";
import { expectedErrorCode } from "../../errors.js";
import { cleanFileName, openUpload, readUpload, type ReceivedFile } from "../../inference/read-upload.js";
import { recognizeImage } from "../../inference/recognize-image.js";
import type { Resolvers, ResolversTypes } from "../../generated/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import { INTERNAL_ERROR_MESSAGE } from "../format-error.js";
import type { PredictionParent } from "../mappers.js";
import { validateTopK } from "../validate.js";

export const DEFAULT_TOP_K = 3;
/** Rows stored before models were calibrated: below this probability the answer was flagged uncertain... */
const LEGACY_UNCERTAIN_CONFIDENCE = 0.6;
/** ...and also when the runner-up was this close. */
const LEGACY_UNCERTAIN_MARGIN = 0.2;

/** Recognises one received file into a history row (not yet stored). */
async function predictFile(context: GraphQLContext, file: ReceivedFile): Promise<PredictionRow> {
  // The version that answered, even when another one is activated while this request runs.
  const { activeModel, preprocess } = context.services;
  const { recognition, modelVersionId } = await recognizeImage(file.bytes, preprocess, (fn) =>
    activeModel.use(fn),
  );
  // Only now: a browser session gets its owner row with its first successful prediction.
  const ownerId = (await context.caller.ownerForWrite()) ?? null;
  return {
    id: randomUUID(),
    ownerId,
    modelVersionId,
    digit: recognition.digit,
    confidence: recognition.confidence,
    probabilities: recognition.probabilities,
    notDigitProbability: recognition.notDigitProbability,
    uncertain: recognition.uncertain,
    normalizedImage: recognition.normalizedImage,
    thumbnail: recognition.thumbnail,
    fileName: file.fileName,
    mimeType: recognition.mimeType,
    width: recognition.width,
    height: recognition.height,
    inverted: recognition.inverted,
    latencyMs: performance.now() - context.receivedAt,
    correctDigit: null,
    createdAt: new Date(),
  };
}

function countFailure(context: GraphQLContext, error: unknown): void {
  context.services.metrics.predictionFailures.inc({
    code: expectedErrorCode(error) ?? "INTERNAL_SERVER_ERROR",
  });
}

async function storeAll(context: GraphQLContext, rows: PredictionRow[]): Promise<void> {
  await context.services.predictions.insert(rows);
  for (const row of rows) context.services.metrics.predictions.inc({ digit: String(row.digit) });
}

async function predictDigit(
  context: GraphQLContext,
  image: Promise<FileUpload>,
  topKCount: number,
): Promise<PredictionParent> {
  const count = validateTopK(topKCount);
  try {
    const file = await readUpload(await openUpload(image), context.services.limits.maxUploadBytes);
    const row = await predictFile(context, file);
    await storeAll(context, [row]);
    return { ...row, topKCount: count };
  } catch (error) {
    countFailure(context, error);
    throw error;
  }
}

type FileOutcome = { index: number; fileName: string | null } & ({ row: PredictionRow } | { error: unknown });

/**
 * Files arrive one after another in the multipart body, so each is read only after the previous
 * one ended; recognising a file overlaps with reading the next. Successes are stored together.
 */
async function predictDigits(
  context: GraphQLContext,
  images: Array<Promise<FileUpload>>,
  topKCount: number,
): Promise<Array<ResolversTypes["PredictionResult"]>> {
  const count = validateTopK(topKCount);
  const { maxUploadBytes } = context.services.limits;
  const outcomes: Array<Promise<FileOutcome>> = [];
  for (const [index, image] of images.entries()) {
    let fileName: string | null = null;
    try {
      const upload = await openUpload(image);
      fileName = cleanFileName(upload.filename);
      const file = await readUpload(upload, maxUploadBytes);
      outcomes.push(
        predictFile(context, file).then(
          (row) => ({ index, fileName: file.fileName, row }),
          (error: unknown) => ({ index, fileName: file.fileName, error }),
        ),
      );
    } catch (error) {
      outcomes.push(Promise.resolve({ index, fileName, error }));
    }
  }
  const settled = await Promise.all(outcomes);
  await storeAll(
    context,
    settled.flatMap((outcome) => ("row" in outcome ? [outcome.row] : [])),
  );
  return settled.map((outcome) => {
    if ("row" in outcome)
      return {
        index: outcome.index,
        fileName: outcome.fileName,
        prediction: { ...outcome.row, topKCount: count },
      };
    countFailure(context, outcome.error);
    const code = expectedErrorCode(outcome.error);
    if (!code)
      context.log.error(
        { err: outcome.error, index: outcome.index },
        "unexpected error while predicting one file of a batch",
      );
    return {
      index: outcome.index,
      fileName: outcome.fileName,
      error: code
        ? { code, message: (outcome.error as Error).message }
        : { code: "INTERNAL_SERVER_ERROR", message: INTERNAL_ERROR_MESSAGE },
    };
  });
}

export const predictionResolvers: Resolvers = {
  Mutation: {
    predictDigit: (_parent, { image, topK: topKCount }, context) =>
      predictDigit(context, image, topKCount ?? DEFAULT_TOP_K),
    predictDigits: (_parent, { images, topK: topKCount }, context) =>
      predictDigits(context, images, topKCount ?? DEFAULT_TOP_K),
  },
  Prediction: {
    topK: (prediction) => topK(prediction.probabilities, prediction.topKCount ?? DEFAULT_TOP_K),
    uncertain: (prediction) => {
      if (prediction.uncertain !== null) return prediction.uncertain;
      const [best, second] = topK(prediction.probabilities, 2);
      return (
        (best?.probability ?? 0) < LEGACY_UNCERTAIN_CONFIDENCE ||
        (best?.probability ?? 0) - (second?.probability ?? 0) < LEGACY_UNCERTAIN_MARGIN
      );
    },
    modelVersion: (prediction, _args, context) => context.services.models.nameOf(prediction.modelVersionId),
  },
};
