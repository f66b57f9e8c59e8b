import { describe, expect, it } from "vitest";
import { readRealisticFixture, realisticFixtures } from "../test/realistic-fixtures.js";
import { shapeSimilarity } from "../test/synthetic-images.js";
import { normalizeDigitImage } from "./index.js";

const samples = await realisticFixtures();
const digits = samples.filter((sample) => sample.kind === "digit");
const nonDigits = samples.filter((sample) => sample.kind === "non-digit");

describe("the committed realistic sample (rendered from MNIST test digits)", () => {
  it("holds about 40 digits in every style and 10 non-digits", () => {
    expect(digits.length).toBeGreaterThanOrEqual(40);
    expect(nonDigits.length).toBeGreaterThanOrEqual(10);
    expect(new Set(digits.map((sample) => sample.style)).size).toBeGreaterThanOrEqual(11);
  });

  it("turns every digit back into something shaped like its MNIST source", async () => {
    const similarities: number[] = [];
    for (const sample of digits) {
      const result = await normalizeDigitImage(await readRealisticFixture(sample));
      const source = Array.from(Buffer.from(sample.source!, "base64"), (value) => value / 255);
      const similarity = shapeSimilarity(result.input, source);
      expect(similarity, sample.file).toBeGreaterThan(0.6);
      similarities.push(similarity);
    }
    expect(similarities.reduce((sum, value) => sum + value, 0) / similarities.length).toBeGreaterThan(0.88);
  });

  it("refuses every non-digit as NO_DIGIT_FOUND", async () => {
    for (const sample of nonDigits) {
      await expect(
        normalizeDigitImage(await readRealisticFixture(sample)),
        sample.file,
      ).rejects.toMatchObject({ code: "NO_DIGIT_FOUND" });
    }
  });
});
