import { createThumbnail, normalizeDigitImage, type SupportedFormat } from "@digit-lab/preprocess";
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
  /** Data URL of a small WebP of the upload. */
  thumbnail: string;
  /** From the bytes, not from what the client claimed. */
  mimeType: string;
  width: number;
  height: number;
  inverted: boolean;
}

/** Preprocesses and classifies one image; refusals are GraphQLErrors with the preprocessing code. */
export async function recognizeImage(bytes: Buffer, model: ServingModel): Promise<Recognition> {
  try {
    const normalized = await normalizeDigitImage(bytes);
    const [output, thumbnail] = await Promise.all([
      model.predict(normalized.input),
      createThumbnail(bytes, THUMBNAIL_SIDE),
    ]);
    const probabilities = Array.from(output);
    let digit = 0;
    for (let candidate = 1; candidate < probabilities.length; candidate++) {
      if (probabilities[candidate]! > probabilities[digit]!) digit = candidate;
    }
    return {
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
  } catch (error) {
    throw toApiError(error);
  }
}
