import { describe, expect, it } from "vitest";
import type { DigitReading } from "./reading.js";
import { IMAGE_PIXELS } from "./data/idx.js";
import {
  DEFAULT_SEGMENTATION_PRIORS,
  readNumber,
  rereadDoubtful,
  segmentationPrior,
  shiftInput,
  type DigitsReader,
} from "./read-number.js";

interface Place {
  box: string;
  input: Float32Array;
}

// The fake classifier looks at the centre pixel, which a one-pixel shift of a uniform input keeps.
const CENTRE = IMAGE_PIXELS / 2 + 14;

/** A candidate whose pixels all encode what the fake classifier answers for it. */
function place(name: string, code: number): Place {
  return { box: name, input: new Float32Array(IMAGE_PIXELS).fill(code) };
}

const ANSWERS = new Map<number, Pick<DigitReading, "digit" | "confidence" | "verdict">>();
function answer(
  digit: number,
  confidence: number,
  verdict: DigitReading["verdict"] = confidence >= 0.9 ? "digit" : "uncertain",
): number {
  const code = ANSWERS.size + 1;
  ANSWERS.set(code, { digit, confidence, verdict });
  return code;
}

const fakeReader: DigitsReader = async (inputs, layouts) =>
  layouts.map((_, i) => {
    const { digit, confidence, verdict } = ANSWERS.get(inputs[i * IMAGE_PIXELS + CENTRE]!)!;
    return {
      digit,
      confidence,
      verdict,
      probabilities: Array.from({ length: 10 }, (_, k) => (k === digit ? confidence : 0)),
      notADigit: verdict === "not-a-digit" ? 1 - confidence : 0,
    };
  });

describe("readNumber", () => {
  it("reads plain groups left to right in one batch, and the doubtful digit again at four shifts in one more", async () => {
    let batches = 0;
    const reader: DigitsReader = (inputs, layouts) => {
      batches++;
      return fakeReader(inputs, layouts);
    };
    const reading = await readNumber(
      {
        groupCount: 3,
        spans: [
          { from: 0, to: 1, width: 0.6, readings: [[place("a", answer(4, 0.99))]] },
          { from: 1, to: 2, width: 0.3, readings: [[place("b", answer(1, 0.98))]] },
          { from: 2, to: 3, width: 0.7, readings: [[place("c", answer(7, 0.8))]] },
        ],
      },
      reader,
    );
    expect(reading.value).toBe("417");
    expect(reading.digits.map(({ place: p }) => p.box)).toEqual(["a", "b", "c"]);
    expect(reading.uncertain).toBe(true);
    expect(batches).toBe(2);
    expect(reading.readingsWeighed).toBe(3 + 4);
  });

  it("answers a doubtful digit by the mean of its shifted views, flagged when they change it", async () => {
    // The unshifted view is the only one with ink in its corner: it reads 7, every shifted view 1.
    const input = new Float32Array(IMAGE_PIXELS).fill(0.5);
    input[0] = 1;
    const probabilities = (seven: number, one: number): number[] =>
      Array.from({ length: 10 }, (_, k) => (k === 7 ? seven : k === 1 ? one : 0));
    const reader: DigitsReader = async (inputs, layouts) =>
      layouts.map((_, i) => {
        const unshifted = inputs[i * IMAGE_PIXELS] === 1;
        const p = unshifted ? probabilities(0.5, 0.45) : probabilities(0.05, 0.9);
        const digit = unshifted ? 7 : 1;
        return {
          digit,
          confidence: p[digit]!,
          probabilities: p,
          notADigit: 0,
          verdict: unshifted ? "uncertain" : "digit",
        };
      });
    const reading = await readNumber(
      { groupCount: 1, spans: [{ from: 0, to: 1, width: 0.5, readings: [[{ box: "d", input }]] }] },
      reader,
    );
    expect(reading.value).toBe("1");
    expect(reading.digits[0]!.reading.confidence).toBeCloseTo((0.45 + 4 * 0.9) / 5, 6);
    expect(reading.uncertain).toBe(true);
    expect(reading.readingsWeighed).toBe(5);
  });

  it("leaves the second look to the caller when asked, which then gives the same reading", async () => {
    const candidates = {
      groupCount: 2,
      spans: [
        { from: 0, to: 1, width: 0.6, readings: [[place("sure", answer(3, 0.99))]] },
        { from: 1, to: 2, width: 0.6, readings: [[place("unsure", answer(8, 0.6))]] },
      ],
    };
    const first = await readNumber(candidates, fakeReader, {
      ...DEFAULT_SEGMENTATION_PRIORS,
      rereadBelow: 0,
    });
    expect(first.readingsWeighed).toBe(2);
    const later = await rereadDoubtful(first, fakeReader);
    const direct = await readNumber(candidates, fakeReader);
    expect(later.readingsWeighed).toBe(2 + 4);
    expect(later.value).toBe(direct.value);
    expect(later.digits.map(({ reading }) => reading.confidence)).toEqual(
      direct.digits.map(({ reading }) => reading.confidence),
    );
  });

  it("shifts an input by whole pixels, blanking the edge it uncovers", () => {
    const input = Float32Array.from({ length: IMAGE_PIXELS }, (_, i) => i + 1);
    const right = shiftInput(input, 1, 0);
    expect(right[0]).toBe(0);
    expect(right[1]).toBe(input[0]);
    expect(right[27]).toBe(input[26]);
    const up = shiftInput(input, 0, -1);
    expect(up[0]).toBe(input[28]);
    expect(up.subarray(27 * 28).every((v) => v === 0)).toBe(true);
  });

  it("cuts a group it cannot read as one digit, and keeps one it reads confidently", async () => {
    const touching = {
      groupCount: 1,
      spans: [
        {
          from: 0,
          to: 1,
          width: 1.2,
          readings: [[place("pair", answer(4, 0.05, "not-a-digit"))]],
          cutReadings: () => [[place("left", answer(2, 0.99)), place("right", answer(1, 0.99))]],
        },
      ],
    };
    expect((await readNumber(touching, fakeReader)).value).toBe("21");
    let asked = 0;
    const wideZero = {
      groupCount: 1,
      spans: [
        {
          from: 0,
          to: 1,
          width: 1.0,
          readings: [[place("zero", answer(0, 0.97))]],
          cutReadings: () => {
            asked++;
            return [[place("left half", answer(6, 0.99)), place("right half", answer(7, 0.99))]];
          },
        },
      ],
    };
    const zero = await readNumber(wideZero, fakeReader);
    expect(zero.value).toBe("0");
    expect(zero.uncertain).toBe(false);
    // A digit read confidently at an ordinary width is never cut, so its cuts are not even laid out.
    expect(asked).toBe(0);
    expect(zero.readingsWeighed).toBe(1);
  });

  it("classifies a piece shared by several ways of cutting once, in one batch after the whole readings", async () => {
    const left = place("left", answer(3, 0.99));
    const middle = place("middle", answer(0, 0.98));
    const right = place("right", answer(8, 0.99));
    const batches: number[] = [];
    const reader: DigitsReader = (inputs, layouts) => {
      batches.push(layouts.length);
      return fakeReader(inputs, layouts);
    };
    const chain = {
      groupCount: 1,
      spans: [
        {
          from: 0,
          to: 1,
          width: 2.2,
          readings: [[place("chain", answer(8, 0.02, "not-a-digit"))]],
          cutReadings: () => [
            [left, middle, right],
            [left, place("middle and right", answer(0, 0.3))],
            [place("left and middle", answer(8, 0.4)), right],
          ],
        },
      ],
    };
    const reading = await readNumber(chain, reader);
    expect(reading.value).toBe("308");
    expect(batches).toEqual([1, 5]);
    expect(reading.readingsWeighed).toBe(6);
  });

  it("joins two neighbouring groups only when together they read far better than apart", async () => {
    const broken = {
      groupCount: 2,
      spans: [
        { from: 0, to: 1, width: 0.2, readings: [[place("stroke", answer(1, 0.3))]] },
        { from: 1, to: 2, width: 0.4, readings: [[place("rest", answer(7, 0.1, "not-a-digit"))]] },
        { from: 0, to: 2, width: 0.7, readings: [[place("four", answer(4, 0.99))]] },
      ],
    };
    expect((await readNumber(broken, fakeReader)).value).toBe("4");
    const eleven = {
      groupCount: 2,
      spans: [
        { from: 0, to: 1, width: 0.2, readings: [[place("one", answer(1, 0.99))]] },
        { from: 1, to: 2, width: 0.2, readings: [[place("one again", answer(1, 0.99))]] },
        { from: 0, to: 2, width: 0.6, readings: [[place("both", answer(4, 0.9))]] },
      ],
    };
    expect((await readNumber(eleven, fakeReader)).value).toBe("11");
  });

  it("weighs more pieces by how well their count fits the width", () => {
    const two = segmentationPrior({ groups: 1, width: 1.5, digits: 2, wholeTrusted: false });
    const five = segmentationPrior({ groups: 1, width: 1.5, digits: 5, wholeTrusted: false });
    expect(two).toBeGreaterThan(five);
    expect(segmentationPrior({ groups: 1, width: 1.0, digits: 2, wholeTrusted: true })).toBe(-Infinity);
    expect(segmentationPrior({ groups: 1, width: 3, digits: 4, wholeTrusted: true })).toBeGreaterThan(
      -Infinity,
    );
    expect(segmentationPrior({ groups: 2, width: 0.8, digits: 1, wholeTrusted: false })).toBeCloseTo(
      Math.log(DEFAULT_SEGMENTATION_PRIORS.join),
      10,
    );
  });

  it("refuses candidates with no reading at all", async () => {
    await expect(readNumber({ groupCount: 0, spans: [] }, fakeReader)).rejects.toThrow(/at least one span/);
  });
});
