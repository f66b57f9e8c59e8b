import { randomUUID } from "node:crypto";
import { topK } from "@digit-lab/model";
import { responsePathAsArray } from "graphql";
import type { NumberReadingRow } from "../../db/schema.js";
import { apiError } from "../../errors.js";
import { dataUrlBytes, imageDataUrl, listedImage } from "../../store/stored-image.js";
import { readNumberImage } from "../../inference/read-number-image.js";
import { readUpload } from "../../inference/read-upload.js";
import type { Resolvers } from "../../generated/resolvers-types.js";
import { decodeCursor, encodeCursor, pageInfoOf } from "../cursor.js";
import { selectsAnyOf } from "../selection.js";
import { spend } from "../rate-limit.js";
import { validateNumberValue, validatePageSize, validateTopK } from "../validate.js";
import { requireCredentials } from "./history.js";
import { DEFAULT_TOP_K, claimUpload, countFailure, willStore } from "./predictions.js";

function notFound(id: string) {
  return apiError("NOT_FOUND", `No number reading ${id} in your history.`);
}

export const numberResolvers: Resolvers = {
  Query: {
    numberReading: async (_parent, { id }, context) =>
      (await context.services.numbers.get(await context.caller.scope(), id)) ?? null,
    numberReadings: async (_parent, { first, after, corrected }, context, info) => {
      const pageSize = validatePageSize(first ?? 20);
      const position = after ? decodeCursor(after) : undefined;
      const filter = { corrected: corrected ?? undefined };
      const scope = await context.caller.scope();
      const page = await context.services.numbers.list(
        scope,
        filter,
        pageSize,
        position,
        selectsAnyOf(info, ["thumbnail"]),
      );
      return { page, scope, filter };
    },
  },
  Mutation: {
    readNumber: async (_parent, { image, topK: topKCount }, context, info) => {
      const count = validateTopK(topKCount ?? DEFAULT_TOP_K);
      const { maxUploadBytes } = context.services.limits;
      try {
        // One image costs what one prediction does: segmentation runs on the same preprocessing threads.
        spend(context, context.services.rateLimits.predictions, "predictions");
        const file = await readUpload(await claimUpload(image, maxUploadBytes), maxUploadBytes);
        const { activeModel, preprocess } = context.services;
        const { recognition, modelVersionId } = await readNumberImage(file.bytes, preprocess, (fn) =>
          activeModel.use(fn),
        );
        const row: NumberReadingRow = {
          id: randomUUID(),
          ownerId: null,
          modelVersionId,
          ...recognition,
          thumbnail: dataUrlBytes(recognition.thumbnail),
          fileName: file.fileName,
          latencyMs: performance.now() - context.receivedAt,
          correctValue: null,
          createdAt: new Date(),
        };
        const stored = willStore(context);
        if (stored) context.answered.addNumber(responsePathAsArray(info.path), row);
        return { ...row, topKCount: count, stored };
      } catch (error) {
        countFailure(context, error);
        throw error;
      }
    },
    submitNumberFeedback: async (_parent, { readingId, correctValue }, context) => {
      validateNumberValue("correctValue", correctValue);
      requireCredentials(context);
      const row = await context.services.numbers.setCorrectValue(
        await context.caller.scope(),
        readingId,
        correctValue,
      );
      if (!row) throw notFound(readingId);
      return row;
    },
    deleteNumberReading: async (_parent, { id }, context) => {
      requireCredentials(context);
      if (!(await context.services.numbers.delete(await context.caller.scope(), id))) throw notFound(id);
      return true;
    },
  },
  NumberReading: {
    // Rows read back from the history are stored by definition.
    stored: (reading) => reading.stored ?? true,
    thumbnail: (reading) => imageDataUrl(listedImage(reading.thumbnail)),
    digits: (reading) => reading.digits.map((digit) => ({ ...digit, topKCount: reading.topKCount })),
    modelVersion: (reading, _args, context) => context.services.models.nameOf(reading.modelVersionId),
  },
  DigitReading: {
    topK: (digit) => topK(digit.probabilities, digit.topKCount ?? DEFAULT_TOP_K),
  },
  NumberReadingConnection: {
    edges: (connection) => connection.page.rows,
    pageInfo: (connection) => pageInfoOf(connection.page),
    totalCount: (connection, _args, context) =>
      context.services.numbers.count(connection.scope, connection.filter),
  },
  NumberReadingEdge: {
    cursor: (row) => encodeCursor(row),
    node: (row) => row,
  },
};
