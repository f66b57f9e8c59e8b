/** Kinds of real uploads the realistic set imitates, with their share of the digit samples (weights sum to 100). */
export const DIGIT_STYLE_WEIGHTS = {
  "photo-black": 14,
  "photo-blue": 12,
  pencil: 10,
  "marker-thick": 8,
  "pen-thin": 8,
  canvas: 12,
  "canvas-inverted": 6,
  transparent: 8,
  exif: 8,
  small: 7,
  scan: 7,
} as const;

export type DigitStyle = keyof typeof DIGIT_STYLE_WEIGHTS;
export const DIGIT_STYLES = Object.keys(DIGIT_STYLE_WEIGHTS) as DigitStyle[];

/** Images with no digit that must be refused as NO_DIGIT_FOUND; equal shares. */
export const NON_DIGIT_KINDS = ["blank-paper", "paper-texture", "lighting-gradient", "blurry-photo", "specks", "blank-canvas"] as const;
export type NonDigitKind = (typeof NON_DIGIT_KINDS)[number];

/**
 * Smooth weighted round-robin (as in nginx): a deterministic, evenly interleaved sequence, so
 * even a 40-image sample holds every style and sample i's style never depends on the seed.
 */
export function digitStyleSequence(length: number): DigitStyle[] {
  const current = new Map<DigitStyle, number>(DIGIT_STYLES.map((style) => [style, 0]));
  const total = DIGIT_STYLES.reduce((sum, style) => sum + DIGIT_STYLE_WEIGHTS[style], 0);
  const sequence: DigitStyle[] = [];
  for (let i = 0; i < length; i++) {
    let best: DigitStyle = DIGIT_STYLES[0]!;
    for (const style of DIGIT_STYLES) {
      current.set(style, current.get(style)! + DIGIT_STYLE_WEIGHTS[style]);
      if (current.get(style)! > current.get(best)!) best = style;
    }
    current.set(best, current.get(best)! - total);
    sequence.push(best);
  }
  return sequence;
}
