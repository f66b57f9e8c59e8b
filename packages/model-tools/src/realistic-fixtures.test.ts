import { existsSync } from "node:fs";
import { join } from "node:path";
import { normalizeDigitImage } from "@digit-lab/preprocess";
import { readRealisticFixture, realisticFixtures } from "@digit-lab/preprocess/test-fixtures";
import { describe, expect, it } from "vitest";
import {
  initBackend,
  modelReader,
  type MarksLayout,
  IMAGE_PIXELS,
  DEFAULT_MODEL_DIR,
  loadModelDir,
} from "@digit-lab/model";

// The sample committed with the preprocessing tests, rendered by the realistic-set generator.
const hasModel = existsSync(join(DEFAULT_MODEL_DIR, "model.json"));

describe("shipped model on the committed realistic sample", () => {
  it.skipIf(!hasModel)("reads at least 38 of the 40 uploads correctly", async () => {
    await initBackend();
    const { model, metadata } = await loadModelDir();
    const digits = (await realisticFixtures()).filter((sample) => sample.label !== null);
    const inputs = new Float32Array(digits.length * IMAGE_PIXELS);
    const layouts: MarksLayout[] = [];
    for (const [i, sample] of digits.entries()) {
      const normalized = await normalizeDigitImage(await readRealisticFixture(sample));
      inputs.set(normalized.input, i * IMAGE_PIXELS);
      layouts.push(normalized.info);
    }
    // Read as the API reads them: a refusal is as wrong as another digit.
    const readings = await modelReader(model, metadata.calibration)(inputs, layouts);
    const wrong = digits.filter((sample, i) => {
      const reading = readings[i]!;
      return (
        reading.verdict === "not-a-digit" ||
        reading.verdict === "multiple-digits" ||
        reading.digit !== sample.label
      );
    });
    expect(digits).toHaveLength(40);
    expect(wrong.map((sample) => sample.file).length).toBeLessThanOrEqual(2);
  });
});
