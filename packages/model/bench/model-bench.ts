/**
 * `pnpm bench` for the model package: per backend, training samples/s and batched inference
 * images/s for each architecture, then the shipped model's single-image latency and its throughput
 * through the batching Predictor. Each configuration runs in its own process because tfjs
 * kernels and backends are process-wide.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs";
import { ARCHITECTURES, type Architecture, createModel } from "../src/architectures.js";
import { initBackend } from "../src/backend.js";
import { IMAGE_PIXELS } from "../src/data/idx.js";
// The "missing-only" variant is a benchmark knob: it stays out of the package's entry.
import { registerWasmTrainingKernels } from "../src/kernels/register-wasm-kernels.js";
import { loadModelDir } from "../src/model-store.js";
import { Predictor } from "../src/predictor.js";

const TRAIN_BATCH = 128;
const EPOCH_SAMPLES = 60_000;

const INFERENCE_BATCH = 256;

interface Figures {
  label: string;
  backend: string;
  training: Record<string, { samplesPerSecond: number; epochSeconds: number }>;
  /** One forward pass of INFERENCE_BATCH images per call, per architecture (fresh weights). */
  batchedByArchitecture?: Record<string, number>;
  shipped?: {
    name: string;
    architecture: string;
    singleLatencyMs: { p50: number; p99: number };
    /** INFERENCE_BATCH concurrent calls at a time through the batching Predictor, as the API runs it. */
    predictorImagesPerSecond: number;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function trainingSpeed(architecture: Architecture, steps: number, batchSize: number): Promise<number> {
  const model = createModel(architecture, 1);
  model.compile({ optimizer: tf.train.adam(1e-3), loss: "categoricalCrossentropy", metrics: ["accuracy"] });
  const xs = tf.randomUniform([batchSize, 28, 28, 1]);
  const ys = tf.oneHot(tf.randomUniform([batchSize], 0, 10, "int32"), 10);
  await model.trainOnBatch(xs, ys);
  const started = performance.now();
  for (let i = 0; i < steps; i++) await model.trainOnBatch(xs, ys);
  const seconds = (performance.now() - started) / 1000;
  tf.dispose([xs, ys]);
  model.dispose();
  return (steps * batchSize) / seconds;
}

/** Images per second over about `ms` milliseconds of `run`, which handles `imagesPerRun` images. */
async function throughput(
  imagesPerRun: number,
  ms: number,
  run: () => Promise<void> | void,
): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  let images = 0;
  const started = performance.now();
  while (performance.now() - started < ms) {
    await run();
    images += imagesPerRun;
  }
  return images / ((performance.now() - started) / 1000);
}

/** One forward pass, waited for until its probabilities are read back. */
function forwardPass(model: tf.LayersModel, images: tf.Tensor): void {
  const out = model.predictOnBatch(images) as tf.Tensor;
  out.dataSync();
  out.dispose();
}

function batchedSpeed(model: tf.LayersModel, batchSize: number): Promise<number> {
  const batch = tf.randomUniform([batchSize, 28, 28, 1]);
  return throughput(batchSize, 3000, () => forwardPass(model, batch)).finally(() => batch.dispose());
}

async function shippedModelSpeed(slow: boolean): Promise<NonNullable<Figures["shipped"]>> {
  const { model, metadata } = await loadModelDir();
  const single = tf.randomUniform([1, 28, 28, 1]);
  const latencies: number[] = [];
  const runs = slow ? 30 : 300;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    forwardPass(model, single);
    if (i >= runs / 10) latencies.push(performance.now() - started);
  }
  single.dispose();
  latencies.sort((a, b) => a - b);
  const concurrent = slow ? 32 : INFERENCE_BATCH;
  const predictor = new Predictor(model, { maxBatchSize: concurrent, maxWaitMs: 0 });
  const inputs = Array.from({ length: concurrent }, (_, i) =>
    new Float32Array(IMAGE_PIXELS).fill((i % 10) / 10),
  );
  const predictorImagesPerSecond = await throughput(concurrent, 3000, async () => {
    await Promise.all(inputs.map((input) => predictor.predict(input)));
  });
  await predictor.close();
  model.dispose();
  return {
    name: metadata.name,
    architecture: metadata.architecture,
    singleLatencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99) },
    predictorImagesPerSecond,
  };
}

async function measure(
  backendName: string,
  variant: "fast" | "missing-only",
  inference: boolean,
): Promise<Figures> {
  if (backendName === "wasm") registerWasmTrainingKernels(variant);
  const backend = await initBackend(backendName);
  // The pure-JS cpu backend is ~100x slower: fewer, smaller steps give the same per-sample figure.
  const slow = backend === "cpu";
  const steps = slow ? 2 : 20;
  const batchSize = slow ? 16 : TRAIN_BATCH;
  const figures: Figures = {
    label: `${backend}${variant === "missing-only" ? " (stock kernels + Conv2DBackpropFilter only)" : ""}`,
    backend,
    training: {},
  };
  for (const architecture of ARCHITECTURES) {
    const samplesPerSecond = await trainingSpeed(architecture, steps, batchSize);
    figures.training[architecture] = { samplesPerSecond, epochSeconds: EPOCH_SAMPLES / samplesPerSecond };
  }
  if (inference) {
    figures.batchedByArchitecture = {};
    for (const architecture of ARCHITECTURES) {
      const model = createModel(architecture, 1);
      figures.batchedByArchitecture[architecture] = await batchedSpeed(model, slow ? 32 : INFERENCE_BATCH);
      model.dispose();
    }
    figures.shipped = await shippedModelSpeed(slow);
  }
  return figures;
}

function print(f: Figures): void {
  console.log(`\n== ${f.label}`);
  for (const [architecture, t] of Object.entries(f.training)) {
    console.log(
      `  train ${architecture.padEnd(9)}        ${t.samplesPerSecond.toFixed(0).padStart(6)} samples/s   one 60k epoch ≈ ${t.epochSeconds.toFixed(0)} s`,
    );
  }
  for (const [architecture, rate] of Object.entries(f.batchedByArchitecture ?? {})) {
    console.log(
      `  inference ${architecture.padEnd(9)}    ${rate.toFixed(0).padStart(6)} images/s   (one forward pass per batch)`,
    );
  }
  if (f.shipped) {
    const s = f.shipped;
    console.log(`  shipped model ${s.name} (${s.architecture})`);
    console.log(
      `    1 image                   p50 ${s.singleLatencyMs.p50.toFixed(3)} ms   p99 ${s.singleLatencyMs.p99.toFixed(3)} ms`,
    );
    console.log(
      `    batched by the Predictor   ${s.predictorImagesPerSecond.toFixed(0).padStart(6)} images/s`,
    );
  }
}

const [mode, backendName, variant] = process.argv.slice(2);
if (mode === "--child") {
  const figures = await measure(backendName!, variant as "fast" | "missing-only", variant === "fast");
  // Last line only: tfjs may print its own notices first.
  process.stdout.write(`\n${JSON.stringify(figures)}\n`);
} else {
  const self = fileURLToPath(import.meta.url);
  const configs: Array<[string, string]> = [
    ["tensorflow", "fast"],
    ["wasm", "fast"],
    ["wasm", "missing-only"],
    ["cpu", "fast"],
  ];
  console.log(
    "Model benchmark (each block: one process; wasm/tensorflow train on batches of 128 random images)",
  );
  for (const [backend, v] of configs) {
    try {
      const out = execFileSync(
        process.execPath,
        ["--import", "tsx", "--conditions=@digit-lab/source", self, "--child", backend, v],
        {
          stdio: ["ignore", "pipe", "ignore"],
          timeout: 600_000,
        },
      );
      print(JSON.parse(out.toString().trim().split("\n").pop()!) as Figures);
    } catch {
      console.log(`\n== ${backend}: not available on this machine`);
    }
  }
}
