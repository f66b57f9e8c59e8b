import type * as tf from "@tensorflow/tfjs";
import sharp from "sharp";
import { modelReader } from "../calibration.js";
import type { Calibration } from "../reading.js";
import { IMAGE_PIXELS, IMAGE_SIDE } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { DigitModelError } from "../errors.js";
import { evaluateModel } from "../evaluation.js";
import { evaluateRecognition } from "../handwriting/evaluate-recognition.js";

/** The sets a challenger is compared with the champion on, in the order they are reported. */
export const COMPARISON_SETS = ["mnist", "crossStyle", "nonDigits", "feedbackHoldout"] as const;
export type ComparisonSet = (typeof COMPARISON_SETS)[number];

/** Sizes of the cross-style and non-digit sets of a comparison: those every run already measures. */
export const COMPARISON_SIZES = { perStyle: 40, nonDigits: 150 } as const;

export interface SetScore {
  count: number;
  /** Right answers (non-digits: refused or flagged) over count. */
  accuracy: number;
  /** Recall per digit 0-9 (digit sets only). */
  perClass?: number[];
  /** confusionMatrix[actual][predicted] (digit sets only). */
  confusionMatrix?: number[][];
}

/** One model measured on every comparison set; feedbackHoldout is absent while there is no holdout. */
export type SetScores = Partial<Record<ComparisonSet, SetScore>> & Pick<Record<ComparisonSet, SetScore>, "mnist" | "crossStyle" | "nonDigits">;

function digitScore(set: DigitSet, model: tf.LayersModel, calibration: Calibration | undefined): SetScore {
  const result = evaluateModel(model, set, calibration);
  return {
    count: result.count,
    accuracy: result.accuracy,
    perClass: result.perClass.map((metrics) => metrics.recall),
    confusionMatrix: result.confusionMatrix,
  };
}

/** Measures a model on MNIST test, the cross-style and non-digit sets and the feedback holdout. */
export async function scoreModelOnSets(
  model: tf.LayersModel,
  calibration: Calibration | undefined,
  sets: { test: DigitSet; holdout?: DigitSet | undefined },
): Promise<SetScores> {
  const recognition = await evaluateRecognition({
    read: modelReader(model, calibration),
    test: sets.test,
    perStyle: COMPARISON_SIZES.perStyle,
    nonDigits: COMPARISON_SIZES.nonDigits,
  });
  const { crossStyle, nonDigits } = recognition.report;
  return {
    mnist: digitScore(sets.test, model, calibration),
    crossStyle: { count: crossStyle.count, accuracy: crossStyle.accuracy },
    nonDigits: { count: nonDigits.count, accuracy: nonDigits.caught },
    ...(sets.holdout && sets.holdout.count > 0 ? { feedbackHoldout: digitScore(sets.holdout, model, calibration) } : {}),
  };
}

/** A difference smaller than this many samples of a set is noise, not a worse model. */
export const COMPARISON_TOLERANCE_SAMPLES = 2;

export interface ComparisonVerdict {
  /** Sets where the challenger is worse than the champion by more than the tolerance. */
  worseSets: ComparisonSet[];
  /** The challenger answers more of the feedback holdout right than the champion. */
  betterOnHoldout: boolean;
  /** At least as good on every set and better on the holdout: safe to promote automatically. */
  promote: boolean;
}

/** Compares a challenger with the champion set by set. */
export function compareScores(champion: SetScores, challenger: SetScores): ComparisonVerdict {
  const worseSets = COMPARISON_SETS.filter((set) => {
    const before = champion[set];
    const after = challenger[set];
    if (!before || !after || after.count === 0) return false;
    return after.accuracy < before.accuracy - COMPARISON_TOLERANCE_SAMPLES / after.count;
  });
  const holdoutBefore = champion.feedbackHoldout;
  const holdoutAfter = challenger.feedbackHoldout;
  const betterOnHoldout =
    holdoutBefore !== undefined && holdoutAfter !== undefined && holdoutAfter.count > 0 && holdoutAfter.accuracy > holdoutBefore.accuracy;
  return { worseSets, betterOnHoldout, promote: worseSets.length === 0 && betterOnHoldout };
}

/** The 784 bytes (white ink on black) of a model input stored as a 28x28 greyscale PNG or its data URL. */
export async function decodeInputImage(image: Uint8Array | string): Promise<Uint8Array> {
  const bytes =
    typeof image === "string" ? Buffer.from(image.slice(image.indexOf(",") + 1), "base64") : Buffer.from(image);
  const { data, info } = await sharp(bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
  if (info.width !== IMAGE_SIDE || info.height !== IMAGE_SIDE || data.length !== IMAGE_PIXELS)
    throw new DigitModelError("INVALID_INPUT", `model input image is ${info.width}x${info.height}, not ${IMAGE_SIDE}x${IMAGE_SIDE}`);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
