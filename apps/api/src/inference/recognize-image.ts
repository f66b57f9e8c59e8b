import { randomUUID } from "node:crypto";
import { RECOGNITION_REFUSALS, refusalOf } from "@digit-lab/model";
import type { SupportedFormat } from "@digit-lab/preprocess";
import { apiError, toApiError } from "../errors.js";
import type { PredictionRow } from "../db/schema.js";
import type { ServingModel } from "./active-model.js";
import type { ReceivedFile } from "./read-upload.js";

const MIME_TYPES: Record<SupportedFormat, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  tiff: "image/tiff",
};

/** The MIME type of a format sniffed from an upload's bytes. */
export function mimeTypeOf(format: SupportedFormat): string {
  return MIME_TYPES[format];
}

export const THUMBNAIL_SIDE = 128;

/** One upload recognised: the history row's fields that come from the image and the model. */
export type Recognition = Pick<
  PredictionRow,
  | "modelVersionId"
  | "digit"
  | "confidence"
  | "probabilities"
  | "notDigitProbability"
  | "uncertain"
  | "normalizedImage"
  | "thumbnail"
  | "mimeType"
  | "width"
  | "height"
  | "inverted"
>;

/** The history row of one recognised file (not yet stored; its owner is set when it is). */
export function toPredictionRow(recognition: Recognition, file: ReceivedFile, latencyMs: number): PredictionRow {
  return {
    id: randomUUID(),
    ownerId: null,
    ...recognition,
    fileName: file.fileName,
    latencyMs,
    correctDigit: null,
    createdAt: new Date(),
  };
}

/**
 * Decodes, normalises and reads one image on a recognition thread with the model version current at
 * that moment (thumbnail from the same decode); refusals are GraphQLErrors with the preprocessing
 * code, or NOT_A_DIGIT and MULTIPLE_DIGITS when the model judges the marks are not one digit.
 */
export async function recognizeImage(
  bytes: Buffer,
  useModel: <T>(fn: (model: ServingModel) => Promise<T>) => Promise<T>,
): Promise<Recognition> {
  try {
    const { recognized, modelVersionId, hasRejectOutput } = await useModel(async (model) => ({
      recognized: await model.recognize(bytes, THUMBNAIL_SIDE),
      modelVersionId: model.version.id,
      hasRejectOutput: model.hasRejectOutput,
    }));
    const { reading, info } = recognized;
    const { digit, confidence, probabilities, notADigit, verdict } = reading;
    const refusal = refusalOf(reading);
    if (refusal) {
      throw apiError(refusal, RECOGNITION_REFUSALS[refusal], {
        notDigitProbability: notADigit,
        closestDigit: digit,
        closestDigitProbability: confidence,
      });
    }
    return {
      modelVersionId,
      digit,
      confidence,
      probabilities,
      notDigitProbability: hasRejectOutput ? notADigit : null,
      uncertain: verdict === "uncertain",
      normalizedImage: recognized.normalizedImage,
      thumbnail: recognized.thumbnail,
      mimeType: MIME_TYPES[info.format],
      width: info.width,
      height: info.height,
      inverted: info.inverted,
    };
  } catch (error) {
    throw toApiError(error);
  }
}
