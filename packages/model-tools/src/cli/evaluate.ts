import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  initBackend,
  modelReader,
  loadMnist,
  evaluateModel,
  DEFAULT_NON_DIGITS,
  DEFAULT_PER_STYLE,
  evaluateRecognition,
  DEFAULT_MODEL_DIR,
  loadModelDir,
  saveModelDir,
  DEFAULT_REALISTIC_COUNT,
  evaluateRealistic,
  type RealisticReport,
  DEFAULT_NUMBER_COUNT,
  validationNumberOptions,
  combineRecognition,
  formatRecognitionReport,
} from "@digit-lab/model";
import { evaluateNumbers, formatNumberReport } from "../evaluate-numbers.js";
import { formatRealisticReport } from "../format-realistic-report.js";
import { cliEnv } from "./env.js";
import { createProgressBar, formatPercent, type ProgressBar } from "./progress.js";
import { formatEvaluation } from "./report.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: pnpm evaluate [modelDir] [options]
  modelDir             model directory (default: the shipped model, ${DEFAULT_MODEL_DIR})
                       Measures MNIST test accuracy; realistic photos and drawings of MNIST test digits
                       (and images with no digit, which must be refused); the cross-style set (MNIST test
                       digits in handwriting styles unlike MNIST's); held-out drawings that are not one
                       digit; digits flagged, wrong answers flagged and the calibration error.
  --mnist-only         only the MNIST test set
  --count <n>          realistic digit images (default: ${DEFAULT_REALISTIC_COUNT})
  --per-style <n>      cross-style images per style (default: ${DEFAULT_PER_STYLE})
  --non-digits <n>     held-out non-digit drawings (default: ${DEFAULT_NON_DIGITS})
  --numbers [n]        only whole numbers: n handwritten numbers (2-8 MNIST test digits, wide apart to
                       touching, canvas and photo; default ${DEFAULT_NUMBER_COUNT}) read as \`readNumber\` reads them
  --validation         with --numbers: the validation numbers instead (another seed, and only MNIST test
                       digits the reported set never uses): tune segmentation on these, never on the report
  --record             write the figures into the model's metadata.json (as shown with training runs)
  --json               print the result as JSON
  --data-dir <dir>     MNIST directory (default: data/mnist or DIGIT_DATA_DIR)
  --backend <name>     tensorflow | wasm | cpu`;

function countFlag(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new Error(`--${name} must be a positive integer, got "${value}"`);
  return parsed;
}

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "mnist-only": { type: "boolean", default: false },
      numbers: { type: "boolean", default: false },
      validation: { type: "boolean", default: false },
      // Kept for scripts written when the realistic set was opt-in; it is always measured now.
      realistic: { type: "boolean", default: false },
      record: { type: "boolean", default: false },
      count: { type: "string" },
      "per-style": { type: "string" },
      "non-digits": { type: "string" },
      "data-dir": { type: "string" },
      backend: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const count = countFlag("count", values.count, DEFAULT_REALISTIC_COUNT);
  const perStyle = countFlag("per-style", values["per-style"], DEFAULT_PER_STYLE);
  const nonDigits = countFlag("non-digits", values["non-digits"], DEFAULT_NON_DIGITS);
  const modelDir = positionals[0] ? resolve(cliEnv.invocationDir, positionals[0]) : DEFAULT_MODEL_DIR;
  const backend = await initBackend(values.backend ?? cliEnv.backend);
  const dataDir = values["data-dir"] ?? cliEnv.dataDir;
  const mnistDir = dataDir ? resolve(cliEnv.invocationDir, dataDir) : undefined;
  const data = await loadMnist(mnistDir, ["test"]);
  const { model, metadata } = await loadModelDir(modelDir);
  if (values.numbers) {
    const numberCount = countFlag("count", values.count, DEFAULT_NUMBER_COUNT);
    let bar: ProgressBar | undefined;
    const report = await evaluateNumbers({
      read: modelReader(model, metadata.calibration),
      count: numberCount,
      source: data.test,
      ...(values.validation ? validationNumberOptions(data.test) : {}),
      onProgress: (done, total) => {
        if (values.json) return;
        bar ??= createProgressBar(total, "numbers");
        bar.update(done, "");
        if (done >= total) bar.stop();
      },
    });
    console.log(
      values.json
        ? JSON.stringify({ model: metadata.name, modelDir, backend, numbers: report }, null, 2)
        : `Model ${metadata.name} from ${modelDir}\n${formatNumberReport(report)}`,
    );
    return;
  }
  const started = performance.now();
  const result = evaluateModel(model, data.test, metadata.calibration);
  const seconds = (performance.now() - started) / 1000;
  const read = modelReader(model, metadata.calibration);
  let bar: ProgressBar | undefined;
  const progress = (label: string) => (done: number, total: number) => {
    if (values.json) return;
    bar ??= createProgressBar(total, label);
    bar.update(done, "");
    if (done >= total) {
      bar.stop();
      bar = undefined;
    }
  };
  let realistic: RealisticReport | undefined;
  let recognition;
  if (!values["mnist-only"]) {
    realistic = await evaluateRealistic({
      read,
      count,
      ...(mnistDir ? { mnistDir } : {}),
      onProgress: progress("realistic set"),
    });
    const crossStyle = await evaluateRecognition({
      read,
      test: data.test,
      perStyle,
      nonDigits,
      onProgress: progress("cross-style and non-digits"),
    });
    recognition = combineRecognition(crossStyle, realistic);
  }
  if (values.record && recognition)
    await saveModelDir(modelDir, model, { ...metadata, test: result, evaluation: recognition });
  if (values.json) {
    console.log(
      JSON.stringify(
        { model: metadata.name, modelDir, backend, mnist: result, realistic, recognition },
        null,
        2,
      ),
    );
    return;
  }
  console.log(
    `Model ${metadata.name} (${metadata.architecture}, ${metadata.parameterCount.toLocaleString("en-US")} parameters) from ${modelDir}`,
  );
  console.log(`Backend ${backend}; ${result.count} images in ${seconds.toFixed(1)}s\n`);
  console.log(formatEvaluation(result));
  if (metadata.test) console.log(`\n(recorded at training time: ${formatPercent(metadata.test.accuracy)})`);
  if (realistic && recognition) {
    console.log(`\n${formatRealisticReport(realistic)}`);
    console.log(`\n${formatRecognitionReport(recognition, result.accuracy)}`);
    if (!metadata.calibration)
      console.log('\n(this model has no calibration: raw softmax confidences, no "not a digit" output)');
    if (values.record) console.log(`\nRecorded in ${modelDir}/metadata.json`);
  }
});
