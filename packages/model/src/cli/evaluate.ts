import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { initBackend } from "../backend.js";
import { loadMnist } from "../data/mnist.js";
import { evaluateModel, predictProbabilities } from "../evaluation.js";
import { DEFAULT_REALISTIC_COUNT, evaluateRealistic, formatRealisticReport, type RealisticReport } from "../realistic/index.js";
import { DEFAULT_MODEL_DIR, loadModelDir } from "../model-store.js";
import { cliEnv } from "./env.js";
import { createProgressBar, formatPercent, type ProgressBar } from "./progress.js";
import { formatEvaluation } from "./report.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: pnpm evaluate [modelDir] [options]
  modelDir             model directory (default: the shipped model, ${DEFAULT_MODEL_DIR})
  --realistic          also evaluate on realistic photos and drawings rendered from MNIST test digits,
                       and on images with no digit (which must be refused as NO_DIGIT_FOUND)
  --count <n>          realistic digit images (default: ${DEFAULT_REALISTIC_COUNT})
  --json               print the result as JSON
  --data-dir <dir>     MNIST directory (default: data/mnist or DIGIT_DATA_DIR)
  --backend <name>     tensorflow | wasm | cpu`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      realistic: { type: "boolean", default: false },
      count: { type: "string" },
      "data-dir": { type: "string" },
      backend: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const modelDir = positionals[0] ? resolve(cliEnv.invocationDir, positionals[0]) : DEFAULT_MODEL_DIR;
  const backend = await initBackend(values.backend ?? cliEnv.backend);
  const dataDir = values["data-dir"] ?? cliEnv.dataDir;
  const data = await loadMnist(dataDir ? resolve(cliEnv.invocationDir, dataDir) : undefined, ["test"]);
  const { model, metadata } = await loadModelDir(modelDir);
  const started = performance.now();
  const result = evaluateModel(model, data.test);
  const seconds = (performance.now() - started) / 1000;
  let realistic: RealisticReport | undefined;
  if (values.realistic) {
    const count = values.count === undefined ? DEFAULT_REALISTIC_COUNT : Number(values.count);
    if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, got "${values.count}"`);
    let bar: ProgressBar | undefined;
    realistic = await evaluateRealistic({
      classify: async (inputs, n) => predictProbabilities(model, inputs, n),
      count,
      ...(dataDir ? { mnistDir: resolve(cliEnv.invocationDir, dataDir) } : {}),
      onProgress: (done, total) => {
        if (values.json) return;
        bar ??= createProgressBar(total, "realistic set");
        bar.update(done, "");
      },
    });
    bar?.stop();
  }
  if (values.json) {
    console.log(JSON.stringify({ model: metadata.name, modelDir, backend, mnist: result, realistic }, null, 2));
    return;
  }
  console.log(`Model ${metadata.name} (${metadata.architecture}, ${metadata.parameterCount.toLocaleString("en-US")} parameters) from ${modelDir}`);
  console.log(`Backend ${backend}; ${result.count} images in ${seconds.toFixed(1)}s\n`);
  console.log(formatEvaluation(result));
  if (metadata.test) console.log(`\n(recorded at training time: ${formatPercent(metadata.test.accuracy)})`);
  if (realistic) {
    console.log(`\n${formatRealisticReport(realistic)}`);
    console.log(`\nMNIST test accuracy ${formatPercent(result.accuracy)}  |  realistic accuracy ${formatPercent(realistic.accuracy)}`);
  }
});
