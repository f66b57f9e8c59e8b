// Scores a model directory (model.json + weights.bin, e.g. a training checkpoint) on the realistic set.
// Usage: tsx --conditions=@digit-lab/source scripts/evaluate-realistic.ts [modelDir] [--count 2000] [--non-digits 300] [--seed N] [--validation] [--json]
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  initBackend,
  splitTrainValidation,
  loadMnist,
  type DigitSet,
  type TrainingConfig,
  modelReader,
  DEFAULT_MODEL_DIR,
  loadModelDir,
  evaluateRealistic,
} from "@digit-lab/model";
import { formatRealisticReport } from "../src/format-realistic-report.js";

async function validationDigits(config: TrainingConfig): Promise<DigitSet> {
  const { train } = await loadMnist(undefined, ["train"]);
  return splitTrainValidation(train, {
    seed: config.seed,
    validationFraction: config.validationFraction,
    ...(config.trainLimit !== undefined ? { limit: config.trainLimit } : {}),
  }).validation;
}

function integerFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: "string" },
      "non-digits": { type: "string" },
      seed: { type: "string" },
      json: { type: "boolean", default: false },
      backend: { type: "string" },
      validation: { type: "boolean", default: false },
    },
  });
  const modelDir = positionals[0] ? resolve(positionals[0]) : DEFAULT_MODEL_DIR;
  await initBackend(values.backend);
  const { model, metadata } = await loadModelDir(modelDir);
  // --validation renders the model's own held-out validation digits: a set to choose between models on, leaving the test set for the final figure.
  const source = values.validation ? await validationDigits(metadata.config) : undefined;
  const report = await evaluateRealistic({
    read: modelReader(model, metadata.calibration),
    count: integerFlag("count", values.count),
    nonDigitCount: integerFlag("non-digits", values["non-digits"]),
    seed: integerFlag("seed", values.seed),
    ...(source ? { source } : {}),
    onProgress: (done, total) => {
      if (!values.json && (done % 200 < 4 || done === total)) process.stderr.write(`\r${done}/${total}`);
    },
  });
  if (!values.json) process.stderr.write("\n");
  console.log(
    values.json
      ? JSON.stringify({ modelDir, ...report }, null, 2)
      : `Model ${modelDir}\n${formatRealisticReport(report)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
