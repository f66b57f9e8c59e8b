import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { initBackend } from "./backend.js";
import { browserModelFiles, CONTENT_ID, type BrowserModelFiles } from "./browser-files.js";
import { loadBrowserModel } from "./browser.js";
import { IMAGE_PIXELS } from "./data/idx.js";
import { loadModelDir, readModelArtifacts, type LoadedModel } from "./model-store.js";
import { DEFAULT_MODEL_DIR } from "./model-store.js";
import { Predictor } from "./predictor.js";
import { readDigit, type DigitReading } from "./reading.js";
import { mnistSample, toInputs } from "./test-support.js";

const COUNT = 40;
let shipped: LoadedModel;
let files: BrowserModelFiles;
let inputs: Float32Array;
/** What the server answers for each input: its Predictor on the wasm backend, then readDigit. */
let served: DigitReading[];

beforeAll(async () => {
  await initBackend("wasm");
  shipped = await loadModelDir();
  files = await browserModelFiles(await readModelArtifacts(DEFAULT_MODEL_DIR), shipped.metadata.calibration);
  inputs = toInputs(await mnistSample("test", COUNT));
  // A blank input and a smudge too, so refusals are compared as well as digits.
  const extra = new Float32Array(2 * IMAGE_PIXELS);
  for (let i = 300; i < 420; i++) extra[IMAGE_PIXELS + i] = 1;
  const all = new Float32Array(inputs.length + extra.length);
  all.set(inputs);
  all.set(extra, inputs.length);
  inputs = all;
  const predictor = new Predictor(shipped.model);
  served = await Promise.all(
    Array.from({ length: COUNT + 2 }, async (_, i) =>
      readDigit(
        await predictor.predict(inputs.slice(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS)),
        shipped.metadata.calibration,
      ),
    ),
  );
  await predictor.close();
  shipped.model.dispose();
});

describe("browserModelFiles", () => {
  it("names the files by their content and carries the calibration inside model.json", async () => {
    expect(files.contentId).toMatch(CONTENT_ID);
    const parsed = JSON.parse(files.modelJson) as {
      userDefinedMetadata: unknown;
      weightsManifest: Array<{ paths: string[] }>;
    };
    expect(parsed.userDefinedMetadata).toEqual({ calibration: shipped.metadata.calibration });
    expect(parsed.weightsManifest.map((group) => group.paths)).toEqual([["weights.bin"]]);
    const again = await browserModelFiles(
      await readModelArtifacts(DEFAULT_MODEL_DIR),
      shipped.metadata.calibration,
    );
    expect(again.contentId).toBe(files.contentId);
    const recalibrated = await browserModelFiles(await readModelArtifacts(DEFAULT_MODEL_DIR), {
      ...shipped.metadata.calibration!,
      rejectAt: 0.9,
    });
    expect(recalibrated.contentId).not.toBe(files.contentId);
  });
});

describe("loadBrowserModel", () => {
  it("reads every input as the server does: same digit and verdict, probabilities within 1e-4", async () => {
    const model = await loadBrowserModel(files);
    expect(model.calibration).toEqual(shipped.metadata.calibration);
    const verdicts = new Set<string>();
    served.forEach((expected, i) => {
      const reading = model.read(inputs.slice(i * IMAGE_PIXELS, (i + 1) * IMAGE_PIXELS), {
        parts: 1,
        partsLeftOut: 0,
      });
      expect(reading.digit).toBe(expected.digit);
      expect(reading.verdict).toBe(expected.verdict);
      expect(reading.notADigit).toBeCloseTo(expected.notADigit, 4);
      reading.probabilities.forEach((p, d) => expect(p).toBeCloseTo(expected.probabilities[d]!, 4));
      verdicts.add(reading.verdict);
    });
    expect(verdicts.has("digit")).toBe(true);
    expect(verdicts.size).toBeGreaterThan(1);
    model.dispose();
  });

  it("refuses an input that is not 28x28, naming its length", async () => {
    const model = await loadBrowserModel(files);
    expect(() => model.probabilities(new Float32Array(100))).toThrow(/100 values/);
    model.dispose();
  });

  it("names the source it cannot load", async () => {
    await expect(loadBrowserModel({ ...files, modelJson: "{}" })).rejects.toThrow(files.contentId);
  });
});

/** Every module reachable from `entry` through relative imports, with what each imports. */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (graph.has(file)) return;
    const source = readFileSync(file, "utf8");
    const specifiers = [
      ...source.matchAll(/^(?:import|export)[^;]*?from\s+"([^"]+)"|^import\s+"([^"]+)"/gms),
    ].map((match) => (match[1] ?? match[2])!);
    graph.set(file, specifiers);
    for (const specifier of specifiers)
      if (specifier.startsWith(".")) visit(join(dirname(file), specifier.replace(/\.js$/, ".ts")));
  };
  visit(entry);
  return graph;
}

describe("the browser entry", () => {
  it("reaches TensorFlow.js core, layers and the CPU backend only: no Node built-in, no sharp, no full tfjs", () => {
    const graph = importGraph(join(import.meta.dirname, "browser.ts"));
    expect([...graph.keys()].map((file) => file.slice(import.meta.dirname.length + 1)).sort()).toEqual([
      "browser-files.ts",
      "browser.ts",
      "data/idx.ts",
      "errors.ts",
      "reading.ts",
    ]);
    const external = new Set([...graph.values()].flat().filter((specifier) => !specifier.startsWith(".")));
    expect([...external].sort()).toEqual([
      "@tensorflow/tfjs-backend-cpu",
      "@tensorflow/tfjs-core",
      "@tensorflow/tfjs-layers",
    ]);
  });
});
