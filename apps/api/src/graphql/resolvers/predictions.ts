import { topK } from "@digit-lab/model";
import { responsePathAsArray, type GraphQLResolveInfo } from "graphql";
import type { FileUpload } from "graphql-upload-minimal";
import type { PredictionRow } from "../../db/schema.js";
import { imageDataUrl, listedImage } from "../../store/stored-image.js";
import { apiError, expectedErrorCode } from "../../errors.js";
import { cleanFileName, openUpload, readUpload, type ReceivedFile } from "../../inference/read-upload.js";
import { recognizeImage, toPredictionRow } from "../../inference/recognize-image.js";
import type { Resolvers, ResolversTypes } from "../../generated/resolvers-types.js";
import type { GraphQLContext } from "../context.js";
import { INTERNAL_ERROR_MESSAGE } from "../format-error.js";
import type { PredictionParent } from "../mappers.js";
import { spend } from "../rate-limit.js";
import { validateTopK } from "../validate.js";

export const DEFAULT_TOP_K = 3;
/** Rows stored before models were calibrated: below this probability the answer was flagged uncertain... */
const LEGACY_UNCERTAIN_CONFIDENCE = 0.6;
/** ...and also when the runner-up was this close. */
const LEGACY_UNCERTAIN_MARGIN = 0.2;

/** Recognises one received file into a history row, with the version that answered (even if another is activated meanwhile). */
async function predictFile(context: GraphQLContext, file: ReceivedFile): Promise<PredictionRow> {
  const recognition = await recognizeImage(file.bytes, (fn) => context.services.activeModel.use(fn));
  return toPredictionRow(recognition, file, performance.now() - context.receivedAt);
}

export function countFailure(context: GraphQLContext, error: unknown): void {
  context.services.metrics.predictionFailures.inc({
    code: expectedErrorCode(error) ?? "INTERNAL_SERVER_ERROR",
  });
}

/** Anonymous predictions go to no one's history, so they are not stored at all unless configured to be. */
export function willStore(context: GraphQLContext): boolean {
  return context.caller.hasCredentials || context.services.storeAnonymous;
}

/** Counts a prediction and, when it is kept, stores it once the response carries it at `path`. */
function answer(
  context: GraphQLContext,
  path: ReadonlyArray<string | number>,
  row: PredictionRow,
  topKCount: number,
): PredictionParent {
  context.services.metrics.countPrediction(row.digit);
  const stored = willStore(context);
  if (stored) context.answered.add(path, row);
  return { ...row, topKCount, stored };
}

// Upload promises live as long as their request, so a process-wide weak set tells repeats apart.
const openedUploads = new WeakSet<Promise<FileUpload>>();

/** One file can be read once: a second field naming the same upload gets a clear refusal. */
export function claimUpload(image: Promise<FileUpload>, maxBytes: number): Promise<FileUpload> {
  if (openedUploads.has(image))
    throw apiError(
      "BAD_USER_INPUT",
      "This file is already read by another field of this request: send each file once per field.",
    );
  openedUploads.add(image);
  return openUpload(image, maxBytes);
}

type FileOutcome = { index: number; fileName: string | null } & ({ row: PredictionRow } | { error: unknown });

/**
 * The one path of every prediction: spends the caller's allowance for all files (a refusal throws,
 * counted), then reads the files one after another, as they arrive in the multipart body, each
 * recognised while the next one is read. Every file gets a row or its error, failures counted.
 */
async function predictUploads(
  context: GraphQLContext,
  images: Array<Promise<FileUpload>>,
): Promise<FileOutcome[]> {
  try {
    spend(context, context.services.rateLimits.predictions, "predictions", images.length);
  } catch (error) {
    countFailure(context, error);
    throw error;
  }
  const { maxUploadBytes } = context.services.limits;
  const outcomes: Array<Promise<FileOutcome>> = [];
  for (const [index, image] of images.entries()) {
    let fileName: string | null = null;
    try {
      const upload = await claimUpload(image, maxUploadBytes);
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
  for (const outcome of settled) if ("error" in outcome) countFailure(context, outcome.error);
  return settled;
}

/** predictUploads for one file: its error is the mutation's. */
async function predictDigit(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  image: Promise<FileUpload>,
  topKCount: number,
): Promise<PredictionParent> {
  const count = validateTopK(topKCount);
  const [outcome] = await predictUploads(context, [image]);
  if ("error" in outcome!) throw outcome.error;
  return answer(context, responsePathAsArray(info.path), outcome!.row, count);
}

/** predictUploads for many files: successes are stored together, each failure is its file's result. */
async function predictDigits(
  context: GraphQLContext,
  info: GraphQLResolveInfo,
  images: Array<Promise<FileUpload>>,
  topKCount: number,
): Promise<Array<ResolversTypes["PredictionResult"]>> {
  const count = validateTopK(topKCount);
  const settled = await predictUploads(context, images);
  const path = responsePathAsArray(info.path);
  return settled.map((outcome, position) => {
    if ("row" in outcome)
      return {
        index: outcome.index,
        fileName: outcome.fileName,
        prediction: answer(context, [...path, position, "prediction"], outcome.row, count),
      };
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
    predictDigit: (_parent, { image, topK: topKCount }, context, info) =>
      predictDigit(context, info, image, topKCount ?? DEFAULT_TOP_K),
    predictDigits: (_parent, { images, topK: topKCount }, context, info) =>
      predictDigits(context, info, images, topKCount ?? DEFAULT_TOP_K),
  },
  Prediction: {
    // Rows read back from the history are stored by definition.
    stored: (prediction) => prediction.stored ?? true,
    // Stored as bytes; encoded only for the responses that ask for them.
    normalizedImage: (prediction) => imageDataUrl(listedImage(prediction.normalizedImage)),
    thumbnail: (prediction) => imageDataUrl(listedImage(prediction.thumbnail)),
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
