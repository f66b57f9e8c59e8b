import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { normalizeDigitImage, segmentNumber } from "@digit-lab/preprocess";
import {
  readNumber,
  initBackend,
  DEFAULT_MODEL_DIR,
  loadModelDir,
  Predictor,
  topK,
  modelReader,
  RECOGNITION_REFUSALS,
  formatConfidence,
  readDigit,
  refusalOf,
  type DigitReading,
  type RecognitionRefusalCode,
} from "@digit-lab/model";
import { cliEnv } from "./env.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: pnpm predict <image files...> [options]
  Prints the digit with its calibrated confidence and top 3, "uncertain" when the model is unsure,
  or the refusal (NOT_A_DIGIT, MULTIPLE_DIGITS, NO_DIGIT_FOUND) when the image is not one digit.
  --json             one JSON object per file (verdict, digit, confidence, uncertain, top 3,
                     probabilities, notDigitProbability, preprocessing, or refusal / error)
  --number           read each image as a whole number of several digits (value, each digit with its
                     confidence and box, "uncertain" when any digit is)
  --model <dir>      model directory (default: the shipped model)
  --backend <name>   tensorflow | wasm | cpu`;

interface FileResult {
  file: string;
  verdict?: DigitReading["verdict"];
  digit?: number;
  confidence?: number;
  uncertain?: boolean;
  notDigitProbability?: number;
  /** Set when the model refused the image as not one digit. */
  refusal?: { code: RecognitionRefusalCode; message: string };
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
      number: { type: "boolean", default: false },
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
  const { model, metadata } = await loadModelDir(
    values.model ? resolve(cliEnv.invocationDir, values.model) : DEFAULT_MODEL_DIR,
  );
  if (values.number) {
    const read = modelReader(model, metadata.calibration);
    let failed = false;
    for (const file of positionals) {
      try {
        const reading = await readNumber(
          await segmentNumber(await readFile(resolve(cliEnv.invocationDir, file))),
          read,
        );
        const digits = reading.digits.map(({ place, reading: digit }) => ({
          digit: digit.digit,
          confidence: digit.confidence,
          verdict: digit.verdict,
          box: place.box,
        }));
        if (values.json)
          console.log(JSON.stringify({ file, value: reading.value, uncertain: reading.uncertain, digits }));
        else {
          const each = digits
            .map(
              (d) =>
                `${d.digit} ${formatConfidence(d.confidence)}${d.verdict === "digit" ? "" : ` (${d.verdict})`}`,
            )
            .join(", ");
          console.log(`${file}: ${reading.value}${reading.uncertain ? " (uncertain)" : ""}  digits: ${each}`);
        }
      } catch (error) {
        const err = error as Error & { code?: string };
        failed = true;
        console.log(
          values.json
            ? JSON.stringify({ file, error: { code: err.code ?? "READ_FAILED", message: err.message } })
            : `${file}: error ${err.code ?? "READ_FAILED"}: ${err.message}`,
        );
      }
    }
    if (failed) process.exitCode = 1;
    return;
  }
  const predictor = new Predictor(model);
  const results = await Promise.all(
    positionals.map(async (file): Promise<FileResult> => {
      try {
        const bytes = await readFile(resolve(cliEnv.invocationDir, file));
        const normalized = await normalizeDigitImage(bytes);
        const reading = readDigit(
          await predictor.predict(normalized.input),
          metadata.calibration,
          normalized.info,
        );
        const refusal = refusalOf(reading);
        return {
          file,
          verdict: reading.verdict,
          digit: reading.digit,
          confidence: reading.confidence,
          uncertain: reading.verdict === "uncertain",
          notDigitProbability: reading.notADigit,
          top3: topK(reading.probabilities, 3),
          probabilities: reading.probabilities,
          preprocessing: normalized.info,
          ...(refusal ? { refusal: { code: refusal, message: RECOGNITION_REFUSALS[refusal] } } : {}),
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
    } else if (r.refusal) {
      console.log(
        `${r.file}: refused ${r.refusal.code}: ${r.refusal.message} (closest digit ${r.digit} at ${formatConfidence(r.confidence!)})`,
      );
    } else {
      const others = r.top3!.map((t) => `${t.digit} ${formatConfidence(t.probability)}`).join(", ");
      console.log(
        `${r.file}: ${r.digit} (${formatConfidence(r.confidence!)}${r.uncertain ? ", uncertain" : ""})  top 3: ${others}`,
      );
    }
  }
  if (results.some((r) => r.error)) process.exitCode = 1;
});
