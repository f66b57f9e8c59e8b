import { RECOGNITION_REFUSALS, refusalOf } from "@digit-lab/model";
import type { PreprocessPool, SupportedFormat } from "@digit-lab/preprocess";
import { apiError, toApiError } from "../errors.js";
import type { ServingModel } from "./active-model.js";

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

export interface Recognition {
  digit: number;
  confidence: number;
  /** Calibrated probabilities of the ten digits. */
  probabilities: number[];
  /** Calibrated probability that the image is not one digit (null: the model has no such output). */
  notDigitProbability: number | null;
  uncertain: boolean;
  /** Data URL of the 28x28 PNG the model saw. */
  normalizedImage: string;
  /** Data URL of a small PNG (drawings) or WebP (photos) of the upload. */
  thumbnail: string;
  /** From the bytes, not from what the client claimed. */
  mimeType: string;
  width: number;
  height: number;
  inverted: boolean;
}

/**
 * Preprocesses one image on the pool's threads (thumbnail from the same decode), then reads it with
 * the model version current at that moment; refusals are GraphQLErrors with the preprocessing code,
 * or NOT_A_DIGIT and MULTIPLE_DIGITS when the model judges the marks are not one digit.
 */
export async function recognizeImage(
  bytes: Buffer,
  preprocess: PreprocessPool,
  useModel: <T>(fn: (model: ServingModel) => Promise<T>) => Promise<T>,
): Promise<{ recognition: Recognition; modelVersionId: string }> {
  try {
    const normalized = await preprocess.normalize(bytes, { thumbnailSide: THUMBNAIL_SIDE });
    const thumbnail = normalized.thumbnail!;
    const { reading, modelVersionId, hasRejectOutput } = await useModel(async (model) => ({
      reading: await model.read(normalized.input, normalized.info),
      modelVersionId: model.version.id,
      hasRejectOutput: model.hasRejectOutput,
    }));
    const { digit, confidence, probabilities, notADigit, verdict } = reading;
    const refusal = refusalOf(reading);
    if (refusal) {
      throw apiError(refusal, RECOGNITION_REFUSALS[refusal], {
        notDigitProbability: notADigit,
        closestDigit: digit,
        closestDigitProbability: confidence,
      });
    }
    const recognition: Recognition = {
      digit,
      confidence,
      probabilities,
      notDigitProbability: hasRejectOutput ? notADigit : null,
      uncertain: verdict === "uncertain",
      normalizedImage: `data:image/png;base64,${normalized.png.toString("base64")}`,
      thumbnail: thumbnail.dataUrl,
      mimeType: MIME_TYPES[normalized.info.format],
      width: normalized.info.width,
      height: normalized.info.height,
      inverted: normalized.info.inverted,
    };
    return { recognition, modelVersionId };
  } catch (error) {
    throw toApiError(error);
  }
}
