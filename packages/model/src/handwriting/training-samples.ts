import { isPreprocessError, layoutInkImage } from "@digit-lab/preprocess";
import { IMAGE_PIXELS, NOT_A_DIGIT } from "../data/idx.js";
import type { DigitSet } from "../data/mnist.js";
import { createRandom } from "../random.js";
import { HANDWRITING_STYLES, enlargeSmoothly, renderDigitInStyle, type StyleSettings } from "./digit-styles.js";
import type { InkImage } from "./ink-image.js";
import { pickNonDigitDrawing, renderNonDigit } from "./negatives.js";

export interface HandwritingSampleOptions {
  /** Digits to restyle and to build non-digits from (training digits only). */
  digits: DigitSet;
  count: number;
  /** Share of the samples that are non-digits (label NOT_A_DIGIT); the rest are restyled digits. */
  nonDigitShare: number;
  seed: number;
  /** Style settings of the restyled digits (default training's wide ranges). */
  settings?: StyleSettings;
}

/** Uploads under 112 px are enlarged smoothly before analysis; small renders take the same path. */
const MIN_ANALYSED_SIDE = 112;

function laidOut(image: InkImage): Float32Array | undefined {
  const analysed = Math.max(image.width, image.height) < MIN_ANALYSED_SIDE ? enlargeSmoothly(image, MIN_ANALYSED_SIDE) : image;
  try {
    const layout = layoutInkImage(analysed);
    // A mark left out of the input is refused as several digits before the model is asked.
    return layout.partsLeftOut > 0 ? undefined : layout.input;
  } catch (error) {
    // Refused as an upload would be (a speck, a blob): nothing the model is ever asked about.
    if (isPreprocessError(error)) return undefined;
    throw error;
  }
}

/**
 * Restyled digits (every handwriting style, training settings) and non-digit drawings, each laid out
 * by the very code that lays out uploads: the samples look like what the served model is shown.
 * Deterministic for a seed.
 */
export function generateHandwritingSamples(options: HandwritingSampleOptions): DigitSet {
  const { digits, count } = options;
  const random = createRandom(options.seed);
  const images = new Uint8Array(count * IMAGE_PIXELS);
  const labels = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    let input: Float32Array | undefined;
    let label = NOT_A_DIGIT;
    while (!input) {
      if (random() < options.nonDigitShare) {
        label = NOT_A_DIGIT;
        input = laidOut(renderNonDigit(pickNonDigitDrawing(random), random, digits, "training"));
      } else {
        const index = Math.floor(random() * digits.count);
        const style = HANDWRITING_STYLES[Math.floor(random() * HANDWRITING_STYLES.length)]!;
        label = digits.labels[index]!;
        input = laidOut(renderDigitInStyle(style, digits.images, index * IMAGE_PIXELS, random, options.settings ?? "training"));
      }
    }
    for (let p = 0; p < IMAGE_PIXELS; p++) images[i * IMAGE_PIXELS + p] = Math.round(input[p]! * 255);
    labels[i] = label;
  }
  return { count, images, labels };
}
