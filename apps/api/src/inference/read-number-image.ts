import {
  DEFAULT_SEGMENTATION_PRIORS,
  IMAGE_PIXELS,
  readNumber,
  rereadDoubtful,
  type DigitReading,
  type DigitsReader,
} from "@digit-lab/model";
import {
  MAX_NUMBER_DIGITS,
  encodeInputPng,
  isPreprocessError,
  type PreprocessPool,
} from "@digit-lab/preprocess";
import type { NumberDigitRecord } from "../db/schema.js";
import { apiError, toApiError } from "../errors.js";
import type { ServingModel } from "./active-model.js";
import { mimeTypeOf } from "./recognize-image.js";

/** Numbers are wide: a larger thumbnail keeps each digit visible in the history. */
export const NUMBER_THUMBNAIL_SIDE = 256;

export interface NumberRecognition {
  value: string;
  digits: NumberDigitRecord[];
  uncertain: boolean;
  thumbnail: string;
  mimeType: string;
  width: number;
  height: number;
  inverted: boolean;
}

function digitRecord(
  reading: DigitReading,
  box: NumberDigitRecord["box"],
  input: Float32Array,
  hasRejectOutput: boolean,
): NumberDigitRecord {
  return {
    digit: reading.digit,
    confidence: reading.confidence,
    probabilities: reading.probabilities,
    notDigitProbability: hasRejectOutput ? reading.notADigit : null,
    uncertain: reading.verdict !== "digit",
    box,
    normalizedImage: `data:image/png;base64,${encodeInputPng(input).toString("base64")}`,
  };
}

/**
 * Segments a number on the pool's threads (thumbnail included), then reads its candidate digits with
 * the model version current at that moment, every candidate in one batch of the model's predictor.
 * Cuts of touching digits are laid out only when the reader asks for them: a second segmentation on
 * the threads, then a second read, which gives what reading with lazily laid-out cuts gives.
 * Refusals are GraphQLErrors: the preprocessing codes, TOO_MANY_DIGITS with `maxDigits`.
 */
export async function readNumberImage(
  bytes: Buffer,
  preprocess: PreprocessPool,
  useModel: <T>(fn: (model: ServingModel) => Promise<T>) => Promise<T>,
): Promise<{ recognition: NumberRecognition; modelVersionId: string }> {
  try {
    const segmented = await preprocess.segmentNumber(bytes, { thumbnailSide: NUMBER_THUMBNAIL_SIDE });
    const { reading, modelVersionId, hasRejectOutput } = await useModel(async (model) => {
      // Concurrent reads share the predictor's forward passes, so the candidates go as one batch.
      const read: DigitsReader = (inputs, layouts) =>
        Promise.all(
          layouts.map((layout, i) =>
            model.read(inputs.subarray(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS), layout),
          ),
        );
      // Doubtful digits are read again only in the reading kept, not in a first one read again with cuts.
      const first = await readNumber(segmented, read, { ...DEFAULT_SEGMENTATION_PRIORS, rereadBelow: 0 });
      const { cutsAskedFor } = segmented;
      return {
        reading:
          cutsAskedFor.length === 0
            ? await rereadDoubtful(first, read)
            : await readNumber(await preprocess.segmentNumber(bytes, {}, { cutsFor: cutsAskedFor }), read),
        modelVersionId: model.version.id,
        hasRejectOutput: model.hasRejectOutput,
      };
    });
    if (reading.digits.length === 0)
      throw apiError("NO_DIGIT_FOUND", "No digit found: no group of marks could be read as a digit.");
    const recognition: NumberRecognition = {
      value: reading.value,
      digits: reading.digits.map(({ place, reading: digit }) =>
        digitRecord(digit, place.box, place.input, hasRejectOutput),
      ),
      uncertain: reading.uncertain,
      thumbnail: segmented.thumbnail!.dataUrl,
      mimeType: mimeTypeOf(segmented.format),
      width: segmented.width,
      height: segmented.height,
      inverted: segmented.inverted,
    };
    return { recognition, modelVersionId };
  } catch (error) {
    if (isPreprocessError(error) && error.code === "TOO_MANY_DIGITS")
      throw apiError(error.code, error.message, { maxDigits: MAX_NUMBER_DIGITS });
    throw toApiError(error);
  }
}
