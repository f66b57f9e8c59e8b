import type { DigitReading, MarksLayout } from "./reading.js";
import { IMAGE_PIXELS, IMAGE_SIDE } from "./data/idx.js";

/** A place a digit may be, laid out like MNIST (what `segmentNumber` of the preprocess package offers). */
export interface DigitPlace<Box> {
  box: Box;
  input: Float32Array;
}

/**
 * Groups of ink left to right, and spans of them [from, to) with the ways to read each span as digits
 * (what `segmentNumber` of the preprocess package offers).
 */
export interface NumberCandidates<Place> {
  groupCount: number;
  spans: ReadonlyArray<{
    from: number;
    to: number;
    width: number;
    readings: ReadonlyArray<ReadonlyArray<Place>>;
    /** Ways to cut the span into several digits, asked for only when the span is doubted as one digit. */
    cutReadings?: () => ReadonlyArray<ReadonlyArray<Place>>;
  }>;
}

export type DigitsReader = (inputs: Float32Array, layouts: MarksLayout[]) => Promise<DigitReading[]>;

export interface NumberDigit<Place> {
  place: Place;
  reading: DigitReading;
}

export interface NumberReading<Place> {
  /** The digits left to right, as a string ("" when no group could be read as digits at all). */
  value: string;
  digits: Array<NumberDigit<Place>>;
  /** True when any digit is uncertain or refused: the value should be checked by a person. */
  uncertain: boolean;
  /** How many images were classified: candidate digits, and the shifted views of doubtful chosen ones. */
  readingsWeighed: number;
}

const ONE_PART: MarksLayout = { parts: 1, partsLeftOut: 0 };
// Keeps log() finite for a piece the model gives no chance at all.
const MIN_PROBABILITY = 1e-6;
/**
 * How readings of a span are weighed beside the classifier's confidence. A stroke cut off a digit
 * often looks like a "1" to the classifier, and the halves of a 0 like a 6 and a 7, so a group the
 * classifier reads confidently as one digit is not cut unless it is far wider than a digit; a group it
 * refuses or doubts (two touching digits look "not a digit" to a model with the reject output) is.
 * `rereadBelow` is not a prior but where the chosen digits' confidence earns them a second look.
 */
export interface SegmentationPriors {
  /** Widest a single digit usually is, in digit heights. */
  oneDigitWidth: number;
  /** A group read confidently as one digit is still cut when at least this many digit heights wide. */
  trustedWidth: number;
  /** Prior probability that a doubted group holds several digits. */
  split: number;
  /** Typical width of one of several touching digits (digit heights), and the spread allowed around it. */
  pieceWidth: number;
  pieceSpread: number;
  /** Prior probability that two neighbouring groups are the pieces of one broken digit. */
  join: number;
  /** A chosen digit read with less confidence than this is read again, averaged over one-pixel shifts. */
  rereadBelow: number;
}

export const DEFAULT_SEGMENTATION_PRIORS: SegmentationPriors = {
  oneDigitWidth: 1.1,
  trustedWidth: 1.4,
  split: 0.3,
  pieceWidth: 0.75,
  pieceSpread: 0.3,
  join: 0.05,
  rereadBelow: 0.9,
};

// The four one-pixel shifts a doubtful digit is read again at (with the input as it is, five views).
const SHIFTS: ReadonlyArray<readonly [number, number]> = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

/** `input` moved by (dx, dy) pixels, the uncovered edge left blank. */
export function shiftInput(
  input: Float32Array,
  dx: number,
  dy: number,
  out = new Float32Array(IMAGE_PIXELS),
): Float32Array {
  out.fill(0);
  for (let y = Math.max(0, dy); y < Math.min(IMAGE_SIDE, IMAGE_SIDE + dy); y++) {
    const from = (y - dy) * IMAGE_SIDE;
    const x0 = Math.max(0, dx);
    const x1 = Math.min(IMAGE_SIDE, IMAGE_SIDE + dx);
    out.set(input.subarray(from + x0 - dx, from + x1 - dx), y * IMAGE_SIDE + x0);
  }
  return out;
}

/**
 * One reading from the readings of several views of a digit: the mean probabilities. An answer the
 * views change is flagged uncertain; the first view's refusal or doubt stands.
 */
export function averageReadings(views: readonly DigitReading[]): DigitReading {
  const first = views[0]!;
  const probabilities = first.probabilities.map(
    (_, k) => views.reduce((sum, view) => sum + view.probabilities[k]!, 0) / views.length,
  );
  let digit = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k]! > probabilities[digit]!) digit = k;
  return {
    digit,
    confidence: probabilities[digit]!,
    probabilities,
    notADigit: views.reduce((sum, view) => sum + view.notADigit, 0) / views.length,
    verdict: first.verdict !== "digit" ? first.verdict : digit === first.digit ? "digit" : "uncertain",
  };
}

/**
 * Log prior of reading a span of `groups` groups, `width` digit heights wide, as `digits` digits,
 * given whether the classifier read the whole span confidently as one digit.
 */
export function segmentationPrior(
  span: { groups: number; width: number; digits: number; wholeTrusted: boolean },
  priors: SegmentationPriors = DEFAULT_SEGMENTATION_PRIORS,
): number {
  const { groups, width, digits, wholeTrusted } = span;
  if (groups > 1) return digits === 1 ? Math.log(priors.join) : -Infinity;
  // One digit is rarely wider than tall: a wide group read as one digit is most likely several touching.
  if (digits === 1) return -0.5 * Math.max(0, (width - priors.oneDigitWidth) / priors.pieceSpread) ** 2;
  if (wholeTrusted && width < priors.trustedWidth) return -Infinity;
  // Several digits: their count should fit the width.
  const perDigit = (width / digits - priors.pieceWidth) / priors.pieceSpread;
  return Math.log(priors.split) - 0.5 * perDigit * perDigit;
}

/**
 * Reads a segmented number: each span read as one digit is classified in one batch, then the cuts of
 * the spans it doubts (or that are too wide for one digit) in a second, each piece once; then the
 * spans and readings that cover all groups left to right with the jointly most probable digits win
 * (dynamic programming over the product of calibrated confidences). A touching pair read as one digit
 * looks "not a digit" to a model with the reject output, and a digit cut in two, or its pieces read
 * apart, gives fragments it does not trust, so the right cut or merge wins.
 */
export async function readNumber<Place extends DigitPlace<unknown>>(
  candidates: NumberCandidates<Place>,
  read: DigitsReader,
  priors: SegmentationPriors = DEFAULT_SEGMENTATION_PRIORS,
): Promise<NumberReading<Place>> {
  const readingOf = new Map<Place, DigitReading>();
  let weighed = 0;
  const classify = async (ways: ReadonlyArray<ReadonlyArray<Place>>): Promise<void> => {
    const places = [...new Set(ways.flat())].filter((place) => !readingOf.has(place));
    if (places.length === 0) return;
    const inputs = new Float32Array(places.length * IMAGE_PIXELS);
    places.forEach((place, i) => inputs.set(place.input, i * IMAGE_PIXELS));
    const readings = await read(
      inputs,
      places.map(() => ONE_PART),
    );
    places.forEach((place, i) => readingOf.set(place, readings[i]!));
    weighed += places.length;
  };
  const wholeOf = (span: NumberCandidates<Place>["spans"][number]): Place | undefined =>
    span.readings.find((way) => way.length === 1)?.[0];
  const trusted = (place: Place | undefined): boolean =>
    place !== undefined && readingOf.get(place)!.verdict === "digit";

  await classify(candidates.spans.flatMap((span) => span.readings));
  // Cuts are laid out and classified only where they can win: a span doubted as one digit, or too wide for one.
  const ways = candidates.spans.map((span) => {
    const doubted = !trusted(wholeOf(span)) || span.width >= priors.trustedWidth;
    return doubted && span.cutReadings ? [...span.readings, ...span.cutReadings()] : span.readings;
  });
  await classify(ways.flat());
  if (weighed === 0) throw new RangeError("readNumber needs at least one span with one reading, got none");

  const wayScore = (way: ReadonlyArray<Place>): number =>
    way.reduce(
      (sum, place) => sum + Math.log(Math.max(MIN_PROBABILITY, readingOf.get(place)!.confidence)),
      0,
    );

  // best[i]: the most probable reading of groups [0, i); a group no span covers is skipped at a cost.
  const count = candidates.groupCount;
  const best: Array<{ score: number; way: Place[] }> = [{ score: 0, way: [] }];
  for (let end = 1; end <= count; end++) {
    const skipped = best[end - 1]!;
    let current = { score: skipped.score + Math.log(MIN_PROBABILITY), way: skipped.way };
    candidates.spans.forEach((span, s) => {
      if (span.to !== end || span.from >= end) return;
      const before = best[span.from]!;
      const groups = span.to - span.from;
      const wholeTrusted = trusted(wholeOf(span));
      for (const way of ways[s]!) {
        const score =
          before.score +
          segmentationPrior({ groups, width: span.width, digits: way.length, wholeTrusted }, priors) +
          wayScore(way);
        if (score > current.score) current = { score, way: [...before.way, ...way] };
      }
    });
    best.push(current);
  }
  const digits = best[count]!.way.map((place) => ({ place, reading: readingOf.get(place)! }));
  return rereadDoubtful(
    {
      value: digits.map(({ reading }) => String(reading.digit)).join(""),
      digits,
      uncertain: digits.some(({ reading }) => reading.verdict !== "digit"),
      readingsWeighed: weighed,
    },
    read,
    priors.rereadBelow,
  );
}

/**
 * The digits of a chosen reading with less confidence than `below` read again at four one-pixel
 * shifts, all in one batch, each answered by the mean of its five views: a view the classifier
 * happens to misread is outvoted, at a few images per number. `readNumber` ends with it; a caller
 * that may discard the reading can pass `rereadBelow: 0` there and call it on the reading it keeps.
 */
export async function rereadDoubtful<Place extends DigitPlace<unknown>>(
  reading: NumberReading<Place>,
  read: DigitsReader,
  below: number = DEFAULT_SEGMENTATION_PRIORS.rereadBelow,
): Promise<NumberReading<Place>> {
  const doubtful = reading.digits.filter(({ reading: digit }) => digit.confidence < below);
  if (doubtful.length === 0) return reading;
  const inputs = new Float32Array(doubtful.length * SHIFTS.length * IMAGE_PIXELS);
  doubtful.forEach(({ place }, i) =>
    SHIFTS.forEach(([dx, dy], j) => {
      const at = (i * SHIFTS.length + j) * IMAGE_PIXELS;
      shiftInput(place.input, dx, dy, inputs.subarray(at, at + IMAGE_PIXELS));
    }),
  );
  const views = await read(
    inputs,
    Array.from({ length: doubtful.length * SHIFTS.length }, () => ONE_PART),
  );
  const digits = reading.digits.map((digit) => {
    const i = doubtful.indexOf(digit);
    if (i < 0) return digit;
    const shifted = views.slice(i * SHIFTS.length, (i + 1) * SHIFTS.length);
    return { place: digit.place, reading: averageReadings([digit.reading, ...shifted]) };
  });
  return {
    value: digits.map(({ reading: digit }) => String(digit.digit)).join(""),
    digits,
    uncertain: digits.some(({ reading: digit }) => digit.verdict !== "digit"),
    readingsWeighed: reading.readingsWeighed + views.length,
  };
}
