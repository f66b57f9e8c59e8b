// Writes a seeded realistic set (real image files + labels.json) for people to look at and for other tools.
// Usage: tsx --conditions=@digit-lab/source scripts/generate-realistic-set.ts --out <dir> [--count 200] [--non-digits 30] [--seed N] [--max-side PX]
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_REALISTIC_SEED, generateRealisticSet } from "@digit-lab/model";

interface LabelEntry {
  file: string;
  kind: "digit" | "non-digit";
  style: string;
  label: number | null;
  mnistIndex: number | null;
  /** The source MNIST digit, 784 bytes (white on black, row-major) in base64, for comparisons without MNIST at hand. */
  source: string | null;
  width: number;
  height: number;
}

function integerFlag(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      count: { type: "string" },
      "non-digits": { type: "string" },
      seed: { type: "string" },
      "max-side": { type: "string" },
      "mnist-dir": { type: "string" },
    },
  });
  if (!values.out) throw new Error("--out <dir> is required");
  const out = resolve(values.out);
  const count = integerFlag("count", values.count, 200);
  const nonDigitCount = integerFlag("non-digits", values["non-digits"], 30);
  const seed = integerFlag("seed", values.seed, DEFAULT_REALISTIC_SEED);
  const maxSide =
    values["max-side"] === undefined
      ? undefined
      : integerFlag("max-side", values["max-side"], 0) || undefined;
  await mkdir(out, { recursive: true });
  const labels: LabelEntry[] = [];
  let bytes = 0;
  for await (const sample of generateRealisticSet({
    count,
    nonDigitCount,
    seed,
    maxSide,
    mnistDir: values["mnist-dir"],
  })) {
    const file = `${sample.id}.${sample.extension}`;
    await writeFile(join(out, file), sample.bytes);
    bytes += sample.bytes.length;
    labels.push({
      file,
      kind: sample.kind,
      style: sample.style,
      label: sample.label,
      mnistIndex: sample.mnistIndex,
      source: sample.mnistDigit ? Buffer.from(sample.mnistDigit).toString("base64") : null,
      width: sample.width,
      height: sample.height,
    });
  }
  await writeFile(
    join(out, "labels.json"),
    `${JSON.stringify({ seed, count, nonDigitCount, maxSide: maxSide ?? null, samples: labels }, null, 2)}\n`,
  );
  console.log(`wrote ${labels.length} images (${(bytes / 1024).toFixed(0)} KiB) and labels.json to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
