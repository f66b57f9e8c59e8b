import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { firstSamples, generateNumberSet, loadMnist, type DigitSet } from "@digit-lab/model";

const run = promisify(execFile);
const packageDir = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** Runs a CLI the way `pnpm <script>` does: tsx with the source condition, from the package directory. */
function cli(script: string, args: string[]) {
  return run(
    process.execPath,
    ["--import", "tsx", "--conditions=@digit-lab/source", `src/cli/${script}.ts`, ...args],
    {
      cwd: packageDir,
      env: { ...process.env, DIGIT_BACKEND: "wasm", INIT_CWD: packageDir },
      timeout: 240_000,
    },
  );
}

async function testDigits(count: number): Promise<DigitSet> {
  return firstSamples((await loadMnist(undefined, ["test"])).test, count);
}

let work: string;
let modelDir: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "cli-"));
  modelDir = join(work, "model");
});

// Each test spawns a fresh process that loads tfjs and MNIST: generous timeouts for loaded CI machines.
describe("command-line tools", { timeout: 300_000 }, () => {
  it("train: writes a model directory with metadata and prints per-epoch summaries", async () => {
    const { stdout } = await cli("train", [
      "--arch",
      "reference",
      "--epochs",
      "1",
      "--limit",
      "2000",
      "--test-limit",
      "300",
      "--no-augment",
      "--out",
      modelDir,
    ]);
    expect(stdout).toMatch(/epoch {2}1\/1 {2}loss \d\.\d{4} {2}acc [\d.]+% {2}val_loss/);
    expect(stdout).toMatch(/MNIST test set: accuracy \d+\.\d\d%/);
    const metadata = JSON.parse(await readFile(join(modelDir, "metadata.json"), "utf8"));
    expect(metadata).toMatchObject({ architecture: "reference", parameterCount: 694_091, backend: "wasm" });
    expect(metadata.config).toMatchObject({
      epochs: 1,
      trainLimit: 2000,
      testLimit: 300,
      augment: false,
      nonDigitShare: 0.35,
    });
    expect(metadata.history).toHaveLength(1);
    const rejected = metadata.test.rejected.reduce((a: number, b: number) => a + b, 0);
    expect(metadata.test.confusionMatrix.flat().reduce((a: number, b: number) => a + b, 0) + rejected).toBe(
      300,
    );
    expect(metadata.calibration.temperature).toBeGreaterThan(0);
    expect(metadata.calibration.rejectAt).toBeGreaterThanOrEqual(0.5);
    expect(metadata.evaluation.crossStyle.count).toBe(9 * 40);
    expect(stdout).toMatch(/Recognition beyond MNIST/);
    expect(Object.keys(metadata.dataChecksums)).toHaveLength(4);
  });

  it("evaluate: prints MNIST accuracy with its tables, then every set beyond MNIST", async () => {
    const { stdout } = await cli("evaluate", [
      modelDir,
      "--count",
      "40",
      "--per-style",
      "8",
      "--non-digits",
      "30",
    ]);
    expect(stdout).toMatch(/accuracy (8|9)\d\.\d\d% \(\d+\/10000\)/);
    expect(stdout).toMatch(/digit {2}precision {2}recall/);
    expect(stdout).toMatch(/confusion matrix/);
    expect(stdout).toMatch(/realistic accuracy\s+\d+\.\d\d%/);
    expect(stdout).toMatch(/cross-style accuracy\s+\d+\.\d\d%\s+\(72 images/);
    for (const style of ["stretched", "pen-thin", "marker", "slant-left"])
      expect(stdout).toMatch(new RegExp(`  ${style}\\s+\\d+\\.\\d\\d%`));
    expect(stdout).toMatch(/non-digits caught\s+\d+\.\d\d%\s+\(30 held-out/);
    expect(stdout).toMatch(/real digits flagged\s+\d+\.\d\d%/);
    expect(stdout).toMatch(/wrong answers flagged\s+\d+\.\d\d%/);
    expect(stdout).toMatch(/expected calibration error\s+\d+\.\d\d%/);
  });

  it("predict: digit, confidence and top 3 per file, or JSON, and a clear error for a bad file", async () => {
    const sample = await testDigits(1);
    const file = join(work, "seven.png");
    await sharp(Buffer.from(sample.images), { raw: { width: 28, height: 28, channels: 1 } })
      .resize(140, 140)
      .negate()
      .png()
      .toFile(file);
    const { stdout } = await cli("predict", ["--model", modelDir, file]);
    expect(stdout).toMatch(/seven\.png: 7 \(\d+\.\d%\) {2}top 3: 7 /);
    const json = await cli("predict", ["--model", modelDir, "--json", file]);
    const parsed = JSON.parse(json.stdout.trim());
    expect(parsed.digit).toBe(7);
    expect(parsed.top3).toHaveLength(3);
    expect(parsed.probabilities).toHaveLength(10);
    const bad = join(work, "notes.png");
    await import("node:fs/promises").then((fs) => fs.writeFile(bad, "not an image"));
    const failure = await cli("predict", ["--model", modelDir, bad]).catch(
      (e: { stdout: string; code: number }) => e,
    );
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stdout: string }).stdout).toMatch(/notes\.png: error UNSUPPORTED_IMAGE_FORMAT/);
  });

  it("evaluate --numbers and predict --number: whole numbers, scored and read", async () => {
    const { stdout } = await cli("evaluate", [modelDir, "--numbers", "--count", "6"]);
    expect(stdout).toMatch(/Whole numbers \(6, seed \d+;/);
    expect(stdout).toMatch(/separated\s+\d+ numbers\s+whole\s+[\d.]+%|separated\s+0 numbers/);
    expect(stdout).toMatch(/by spacing:/);
    const file = join(work, "number.png");
    for await (const sample of generateNumberSet({
      count: 1,
      seed: 3,
      source: await testDigits(50),
    })) {
      await import("node:fs/promises").then((fs) => fs.writeFile(file, sample.bytes));
    }
    const json = await cli("predict", ["--model", modelDir, "--number", "--json", file]);
    const parsed = JSON.parse(json.stdout.trim());
    expect(parsed.value).toMatch(/^\d+$/);
    expect(parsed.digits).toHaveLength(parsed.value.length);
    expect(parsed.digits[0]).toMatchObject({
      digit: Number(parsed.value[0]),
      box: { x: expect.any(Number), width: expect.any(Number) },
    });
  });

  it("fails clearly on unknown flags and architectures", async () => {
    const failure = await cli("train", ["--arch", "huge"]).catch((e: { stderr: string; code: number }) => e);
    expect((failure as { stderr: string }).stderr).toMatch(/unknown architecture "huge"/);
  });
});
