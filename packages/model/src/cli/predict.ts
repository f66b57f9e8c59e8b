import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { normalizeDigitImage } from "@digit-lab/preprocess";
import { initBackend } from "../backend.js";
import { DEFAULT_MODEL_DIR, loadModelDir } from "../model-store.js";
import { Predictor, topK } from "../predictor.js";
import { cliEnv } from "./env.js";
import { formatPercent } from "./progress.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: pnpm predict <image files...> [options]
  --json             one JSON object per file (digit, confidence, top 3, probabilities, preprocessing)
  --model <dir>      model directory (default: the shipped model)
  --backend <name>   tensorflow | wasm | cpu`;

interface FileResult {
  file: string;
  digit?: number;
  confidence?: number;
  top3?: Array<{ digit: number; probability: number }>;
  probabilities?: number[];
  preprocessing?: unknown;
  error?: { code: string; message: string };
}

await runCli(USAGE, async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      model: { type: "string" },
      backend: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 1;
    return;
  }
  await initBackend(values.backend ?? cliEnv.backend);
  const { model } = await loadModelDir(values.model ? resolve(cliEnv.invocationDir, values.model) : DEFAULT_MODEL_DIR);
  const predictor = new Predictor(model);
  const results = await Promise.all(
    positionals.map(async (file): Promise<FileResult> => {
      try {
        const bytes = await readFile(resolve(cliEnv.invocationDir, file));
        const normalized = await normalizeDigitImage(bytes);
        const probabilities = await predictor.predict(normalized.input);
        const [best, ...rest] = topK(probabilities, 3);
        return {
          file,
          digit: best!.digit,
          confidence: best!.probability,
          top3: [best!, ...rest],
          probabilities: Array.from(probabilities),
          preprocessing: normalized.info,
        };
      } catch (error) {
        const err = error as Error & { code?: string };
        return { file, error: { code: err.code ?? "READ_FAILED", message: err.message } };
      }
    }),
  );
  await predictor.close();
  for (const r of results) {
    if (values.json) {
      console.log(JSON.stringify(r));
    } else if (r.error) {
      console.log(`${r.file}: error ${r.error.code}: ${r.error.message}`);
    } else {
      const others = r.top3!.map((t) => `${t.digit} ${formatPercent(t.probability, 1)}`).join(", ");
      console.log(`${r.file}: ${r.digit} (${formatPercent(r.confidence!, 1)})  top 3: ${others}`);
    }
  }
  if (results.some((r) => r.error)) process.exitCode = 1;
});
