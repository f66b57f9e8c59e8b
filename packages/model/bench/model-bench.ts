/**
 * `pnpm bench` for the model package: per backend, training samples/s for each architecture,
 * single-image inference latency and batched inference throughput. Each configuration runs in its
 * own process because tfjs kernels and backends are process-wide.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as tf from "@tensorflow/tfjs";
import { type Architecture, createModel, initBackend, registerWasmTrainingKernels } from "../src/index.js";

const TRAIN_BATCH = 128;
const EPOCH_SAMPLES = 60_000;

interface Figures {
  label: string;
  backend: string;
  training: Record<string, { samplesPerSecond: number; epochSeconds: number }>;
  singleLatencyMs?: { p50: number; p99: number };
  batchedImagesPerSecond?: number;
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

async function measure(backendName: string, variant: "fast" | "missing-only", inference: boolean): Promise<Figures> {
  if (backendName === "wasm") registerWasmTrainingKernels(variant);
  const backend = await initBackend(backendName);
  // The pure-JS cpu backend is ~100x slower: fewer, smaller steps give the same per-sample figure.
  const slow = backend === "cpu";
  const steps = slow ? 2 : 20;
  const batchSize = slow ? 16 : TRAIN_BATCH;
  const figures: Figures = { label: `${backend}${variant === "missing-only" ? " (stock kernels + Conv2DBackpropFilter only)" : ""}`, backend, training: {} };
  for (const architecture of ["reference", "default"] as const) {
    const samplesPerSecond = await trainingSpeed(architecture, steps, batchSize);
    figures.training[architecture] = { samplesPerSecond, epochSeconds: EPOCH_SAMPLES / samplesPerSecond };
  }
  if (inference) {
    const model = createModel("default", 1);
    const single = tf.randomUniform([1, 28, 28, 1]);
    const latencies: number[] = [];
    const runs = slow ? 30 : 300;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const out = model.predict(single) as tf.Tensor;
      out.dataSync();
      out.dispose();
      if (i >= runs / 10) latencies.push(performance.now() - started);
    }
    latencies.sort((a, b) => a - b);
    figures.singleLatencyMs = { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
    const batch = tf.randomUniform([slow ? 32 : 256, 28, 28, 1]);
    let images = 0;
    const started = performance.now();
    while (performance.now() - started < 3000) {
      const out = model.predict(batch) as tf.Tensor;
      out.dataSync();
      out.dispose();
      images += batch.shape[0];
    }
    figures.batchedImagesPerSecond = images / ((performance.now() - started) / 1000);
  }
  return figures;
}

function print(f: Figures): void {
  console.log(`\n== ${f.label}`);
  for (const [architecture, t] of Object.entries(f.training)) {
    console.log(`  train ${architecture.padEnd(9)} ${t.samplesPerSecond.toFixed(0).padStart(6)} samples/s   one 60k epoch ≈ ${t.epochSeconds.toFixed(0)} s`);
  }
  if (f.singleLatencyMs) console.log(`  inference, 1 image (default)      p50 ${f.singleLatencyMs.p50.toFixed(3)} ms   p99 ${f.singleLatencyMs.p99.toFixed(3)} ms`);
  if (f.batchedImagesPerSecond) console.log(`  inference, batched (default)       ${f.batchedImagesPerSecond.toFixed(0)} images/s`);
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
  console.log("Model benchmark (each block: one process; wasm/tensorflow train on batches of 128 random images)");
  for (const [backend, v] of configs) {
    try {
      const out = execFileSync(process.execPath, ["--import", "tsx", "--conditions=@digit-lab/source", self, "--child", backend, v], {
        stdio: ["ignore", "pipe", "ignore"],
        timeout: 600_000,
      });
      print(JSON.parse(out.toString().trim().split("\n").pop()!) as Figures);
    } catch {
      console.log(`\n== ${backend}: not available on this machine`);
    }
  }
}
