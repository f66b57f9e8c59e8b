import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { initBackend } from "../backend.js";
import { loadMnist } from "../data/mnist.js";
import { evaluateModel } from "../evaluation.js";
import { DEFAULT_MODEL_DIR, loadModelDir } from "../model-store.js";
import { cliEnv } from "./env.js";
import { formatPercent } from "./progress.js";
import { formatEvaluation } from "./report.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: pnpm evaluate [modelDir] [options]
  modelDir             model directory (default: the shipped model, ${DEFAULT_MODEL_DIR})
  --json               print the result as JSON
  --data-dir <dir>     MNIST directory (default: data/mnist or DIGIT_DATA_DIR)
  --backend <name>     tensorflow | wasm | cpu`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
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
  if (values.json) {
    console.log(JSON.stringify({ model: metadata.name, modelDir, backend, mnist: result }, null, 2));
    return;
  }
  console.log(`Model ${metadata.name} (${metadata.architecture}, ${metadata.parameterCount.toLocaleString("en-US")} parameters) from ${modelDir}`);
  console.log(`Backend ${backend}; ${result.count} images in ${seconds.toFixed(1)}s\n`);
  console.log(formatEvaluation(result));
  if (metadata.test) console.log(`\n(recorded at training time: ${formatPercent(metadata.test.accuracy)})`);
});
