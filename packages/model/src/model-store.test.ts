import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createModel } from "./architectures.js";
import { initBackend } from "./backend.js";
import { predictProbabilities } from "./evaluation.js";
import { METADATA_FORMAT_VERSION, loadModelDir, saveModelDir, type ModelMetadata } from "./model-store.js";
import { DEFAULT_TRAINING_CONFIG } from "./training.js";
import { mnistSample, toInputs } from "./test-support.js";

beforeAll(async () => {
  await initBackend("wasm");
});

const metadata: ModelMetadata = {
  formatVersion: METADATA_FORMAT_VERSION,
  name: "round-trip",
  architecture: "compact",
  parameterCount: 0,
  config: DEFAULT_TRAINING_CONFIG,
  dataChecksums: {},
  backend: "wasm",
  tfjsVersion: "4.22.0",
  history: [],
  durationMs: 0,
  createdAt: new Date(0).toISOString(),
};

describe("model directories", () => {
  it("round-trips a model with identical predictions and its metadata", async () => {
    const dir = await mkdtemp(join(tmpdir(), "model-"));
    const model = createModel("compact");
    await saveModelDir(dir, model, { ...metadata, parameterCount: model.countParams() });
    const loaded = await loadModelDir(dir);
    expect(loaded.metadata.name).toBe("round-trip");
    expect(loaded.metadata.parameterCount).toBe(model.countParams());
    const sample = await mnistSample("test", 32);
    const before = predictProbabilities(model, toInputs(sample), sample.count);
    const after = predictProbabilities(loaded.model, toInputs(sample), sample.count);
    expect(Array.from(after)).toEqual(Array.from(before));
  });

  it("names the directory when a model is missing or from another format", async () => {
    const dir = await mkdtemp(join(tmpdir(), "model-"));
    await expect(loadModelDir(dir)).rejects.toThrow(new RegExp(`no metadata.json in model directory ${dir}`));
    await writeFile(join(dir, "metadata.json"), JSON.stringify({ ...metadata, formatVersion: 99 }));
    await expect(loadModelDir(dir)).rejects.toThrow(/format version 99, expected 1/);
  });
});

describe("architectures", () => {
  it("builds the reference exactly as the Keras original (693,962 parameters)", () => {
    const model = createModel("reference");
    expect(model.countParams()).toBe(693_962);
    expect(model.layers.map((l) => l.getClassName())).toEqual(["Conv2D", "MaxPooling2D", "Flatten", "Dense", "Dense"]);
  });
});
