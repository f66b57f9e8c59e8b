import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  ARCHITECTURES,
  ARCHITECTURE_DESCRIPTIONS,
  assertArchitecture,
  initBackend,
  removeCheckpoint,
  loadMnist,
  DEFAULT_MODEL_DIR,
  loadModelDir,
  saveModelDir,
  type TrainingConfig,
  DEFAULT_TRAINING_CONFIG,
  RUN_RECOGNITION_SIZES,
  runTrainingJob,
  formatRecognitionReport,
} from "@digit-lab/model";
import { cliEnv } from "./env.js";
import { formatDuration, formatPercent, createProgressBar } from "./progress.js";
import { formatEvaluation } from "./report.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: pnpm train [options]
  --arch <name>                architecture (default: ${DEFAULT_TRAINING_CONFIG.architecture}):
${ARCHITECTURES.map((name) => `                                 ${name.padEnd(9)} ${ARCHITECTURE_DESCRIPTIONS[name]}`).join("\n")}
  --epochs <n>                 epochs (default: ${DEFAULT_TRAINING_CONFIG.epochs})
  --batch-size <n>             batch size (default: ${DEFAULT_TRAINING_CONFIG.batchSize})
  --lr <x>                     learning rate (default: ${DEFAULT_TRAINING_CONFIG.learningRate})
  --lr-decay <x>               learning-rate factor per epoch (default: ${DEFAULT_TRAINING_CONFIG.learningRateDecay})
  --no-augment                 train on plain MNIST without augmentation
  --seed <n>                   seed for split, shuffling and augmentation (default: ${DEFAULT_TRAINING_CONFIG.seed})
  --handwriting <n>            restyled digits and non-digit drawings rendered for the run, at most about
                               one per training digit; 0 for plain MNIST (default: ${DEFAULT_TRAINING_CONFIG.handwritingSamples})
  --non-digit-share <x>        share of them that are not digits, giving the model its "not a digit"
                               output; 0 for none (default: ${DEFAULT_TRAINING_CONFIG.nonDigitShare})
  --label-smoothing <x>        label smoothing (default: ${DEFAULT_TRAINING_CONFIG.labelSmoothing})
  --from <dir>                 fine-tune this model directory instead of starting from fresh weights
  --limit <n>                  use only the first n training samples
  --test-limit <n>             evaluate on only the first n test samples (default: all 10,000)
  --out <dir>                  model directory to write (default: ./trained-model)
  --resume                     continue from the checkpoint in <out>/.checkpoint
  --data-dir <dir>             MNIST directory (default: data/mnist or DIGIT_DATA_DIR)
  --backend <name>             tensorflow | wasm | cpu (default: best available or DIGIT_BACKEND)`;

function numberFlag(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${name} must be a number, got "${value}"`);
  return parsed;
}

await runCli(USAGE, async () => {
  const { values } = parseArgs({
    options: {
      arch: { type: "string" },
      epochs: { type: "string" },
      "batch-size": { type: "string" },
      lr: { type: "string" },
      "lr-decay": { type: "string" },
      "no-augment": { type: "boolean", default: false },
      seed: { type: "string" },
      handwriting: { type: "string" },
      "non-digit-share": { type: "string" },
      "label-smoothing": { type: "string" },
      from: { type: "string" },
      limit: { type: "string" },
      "test-limit": { type: "string" },
      out: { type: "string" },
      resume: { type: "boolean", default: false },
      "data-dir": { type: "string" },
      backend: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const config: TrainingConfig = {
    ...DEFAULT_TRAINING_CONFIG,
    architecture: assertArchitecture(values.arch ?? DEFAULT_TRAINING_CONFIG.architecture),
    epochs: numberFlag(values.epochs, "epochs", DEFAULT_TRAINING_CONFIG.epochs),
    batchSize: numberFlag(values["batch-size"], "batch-size", DEFAULT_TRAINING_CONFIG.batchSize),
    learningRate: numberFlag(values.lr, "lr", DEFAULT_TRAINING_CONFIG.learningRate),
    learningRateDecay: numberFlag(values["lr-decay"], "lr-decay", DEFAULT_TRAINING_CONFIG.learningRateDecay),
    augment: !values["no-augment"],
    seed: numberFlag(values.seed, "seed", DEFAULT_TRAINING_CONFIG.seed),
    handwritingSamples: numberFlag(
      values.handwriting,
      "handwriting",
      DEFAULT_TRAINING_CONFIG.handwritingSamples!,
    ),
    nonDigitShare: numberFlag(
      values["non-digit-share"],
      "non-digit-share",
      DEFAULT_TRAINING_CONFIG.nonDigitShare!,
    ),
    labelSmoothing: numberFlag(
      values["label-smoothing"],
      "label-smoothing",
      DEFAULT_TRAINING_CONFIG.labelSmoothing!,
    ),
    ...(values.limit !== undefined ? { trainLimit: numberFlag(values.limit, "limit", 0) } : {}),
    ...(values["test-limit"] !== undefined
      ? { testLimit: numberFlag(values["test-limit"], "test-limit", 0) }
      : {}),
  };
  const outDir = resolve(cliEnv.invocationDir, values.out ?? "trained-model");
  const checkpointDir = join(outDir, ".checkpoint");
  const backend = await initBackend(values.backend ?? cliEnv.backend);
  const dataDir = values["data-dir"] ?? cliEnv.dataDir;
  const data = await loadMnist(dataDir ? resolve(cliEnv.invocationDir, dataDir) : undefined);
  console.log(
    `Training "${config.architecture}" on backend ${backend}: ${config.epochs} epochs, batch ${config.batchSize}, lr ${config.learningRate}` +
      ` (x${config.learningRateDecay}/epoch), augment ${config.augment ? "on" : "off"}, seed ${config.seed}` +
      (config.trainLimit ? `, first ${config.trainLimit} samples` : ""),
  );
  console.log(`Output: ${outDir}${outDir === DEFAULT_MODEL_DIR ? " (the shipped default model)" : ""}`);

  const initial = values.from ? await loadModelDir(resolve(cliEnv.invocationDir, values.from)) : undefined;
  if (initial) console.log(`Fine-tuning ${initial.metadata.name} from ${values.from}`);
  let bar = createProgressBar(1, "");
  const { model, metadata } = await runTrainingJob({
    config,
    data,
    checkpointDir,
    resume: values.resume,
    ...(initial ? { initialModel: initial.model, initialModelName: initial.metadata.name } : {}),
    onRenderingSamples: (count) =>
      console.log(
        `Rendering ${count.toLocaleString("en-US")} handwriting samples (restyled digits and non-digits) on worker threads...`,
      ),
    onCalibrating: () => {
      bar.stop();
      console.log("Calibrating confidence on held-out samples...");
    },
    recognition: RUN_RECOGNITION_SIZES,
    onEvaluatingRecognition: () =>
      console.log(
        "Measuring beyond MNIST (cross-style, non-digits, realistic; pnpm evaluate measures more)...",
      ),
    onProgress: (_, p) => {
      if (p.batch === 1) {
        bar.stop();
        bar = createProgressBar(p.batchesPerEpoch, `epoch ${p.epoch}/${config.epochs}`);
      }
      bar.update(p.batch, `loss ${p.loss.toFixed(4)} acc ${formatPercent(p.accuracy)}`);
    },
    onEpochEnd: (m) => {
      bar.stop();
      console.log(
        `epoch ${String(m.epoch).padStart(2)}/${config.epochs}  loss ${m.loss.toFixed(4)}  acc ${formatPercent(m.accuracy)}` +
          `  val_loss ${m.valLoss.toFixed(4)}  val_acc ${formatPercent(m.valAccuracy)}  lr ${m.learningRate.toExponential(2)}  ${formatDuration(m.durationMs)}`,
      );
    },
  });
  await saveModelDir(outDir, model, metadata);
  await removeCheckpoint(checkpointDir);
  console.log(`\n${formatEvaluation(metadata.test!)}`);
  if (metadata.evaluation)
    console.log(`\n${formatRecognitionReport(metadata.evaluation, metadata.test?.accuracy)}`);
  console.log(
    `\nSaved ${outDir} (${metadata.parameterCount.toLocaleString("en-US")} parameters, trained in ${formatDuration(metadata.durationMs)})`,
  );
});
