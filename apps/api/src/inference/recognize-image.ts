import type { PreprocessPool, SupportedFormat } from "@digit-lab/preprocess";
import { toApiError } from "../errors.js";
import type { ServingModel } from "./active-model.js";

const MIME_TYPES: Record<SupportedFormat, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  tiff: "image/tiff",
};

export const THUMBNAIL_SIDE = 128;

export interface Recognition {
  digit: number;
  confidence: number;
  probabilities: number[];
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
 * Preprocesses one image on the pool's threads (thumbnail from the same decode), then classifies
 * it with the model version current at that moment; refusals are GraphQLErrors with the preprocessing code.
 */
export async function recognizeImage(
  bytes: Buffer,
  preprocess: PreprocessPool,
  useModel: <T>(fn: (model: ServingModel) => Promise<T>) => Promise<T>,
): Promise<{ recognition: Recognition; modelVersionId: string }> {
  try {
    const normalized = await preprocess.normalize(bytes, { thumbnailSide: THUMBNAIL_SIDE });
    const thumbnail = normalized.thumbnail!;
    const { output, modelVersionId } = await useModel(async (model) => ({
      output: await model.predict(normalized.input),
      modelVersionId: model.version.id,
    }));
    const probabilities = Array.from(output);
    let digit = 0;
    for (let candidate = 1; candidate < probabilities.length; candidate++) {
      if (probabilities[candidate]! > probabilities[digit]!) digit = candidate;
    }
    const recognition: Recognition = {
      digit,
      confidence: probabilities[digit]!,
      probabilities,
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
