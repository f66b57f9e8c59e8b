import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { normalizeDigitImage } from "@digit-lab/preprocess";
import { describe, expect, it } from "vitest";
import { initBackend } from "../backend.js";
import { CLASS_COUNT, IMAGE_PIXELS } from "../data/idx.js";
import { predictProbabilities } from "../evaluation.js";
import { DEFAULT_MODEL_DIR, loadModelDir } from "../model-store.js";

// The sample committed with the preprocessing tests, rendered by this package's generator.
const FIXTURES = join(import.meta.dirname, "../../../preprocess/test/fixtures/realistic");
const hasModel = existsSync(join(DEFAULT_MODEL_DIR, "model.json"));

describe("shipped model on the committed realistic sample", () => {
  it.skipIf(!hasModel)("reads at least 38 of the 40 uploads correctly", async () => {
    await initBackend();
    const { model } = await loadModelDir();
    const { samples } = JSON.parse(await readFile(join(FIXTURES, "labels.json"), "utf8")) as { samples: { file: string; label: number | null }[] };
    const digits = samples.filter((sample) => sample.label !== null);
    const inputs = new Float32Array(digits.length * IMAGE_PIXELS);
    for (const [i, sample] of digits.entries()) inputs.set((await normalizeDigitImage(await readFile(join(FIXTURES, sample.file)))).input, i * IMAGE_PIXELS);
    const probabilities = predictProbabilities(model, inputs, digits.length);
    const wrong = digits.filter((sample, i) => {
      const row = Array.from(probabilities.subarray(i * CLASS_COUNT, (i + 1) * CLASS_COUNT));
      return row.indexOf(Math.max(...row)) !== sample.label;
    });
    expect(digits).toHaveLength(40);
    expect(wrong.map((sample) => sample.file).length).toBeLessThanOrEqual(2);
  });
});
