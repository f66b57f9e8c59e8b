import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { mnistSample } from "../test-support.js";
import {
  generateNumberSet,
  reportedDigitIndices,
  validationNumberOptions,
  type NumberSample,
} from "./number-set.js";

async function collect(seed: number, count: number): Promise<NumberSample[]> {
  const source = await mnistSample("test", 200);
  const samples: NumberSample[] = [];
  for await (const sample of generateNumberSet({ count, seed, source })) samples.push(sample);
  return samples;
}

describe("generateNumberSet", () => {
  it("renders 2-8 digit numbers as real image files, the same for the same seed", async () => {
    const [first, again, other] = await Promise.all([collect(5, 6), collect(5, 6), collect(6, 6)]);
    expect(first.map((s) => s.label)).toEqual(again.map((s) => s.label));
    expect(first.map((s) => s.bytes.equals(again[first.indexOf(s)]!.bytes))).toEqual(first.map(() => true));
    expect(first.map((s) => s.label)).not.toEqual(other.map((s) => s.label));
    for (const sample of first) {
      expect(sample.label).toMatch(/^\d{2,8}$/);
      const meta = await sharp(sample.bytes).metadata();
      expect(meta.format).toBe(sample.look === "canvas" ? "png" : "jpeg");
      expect([meta.width, meta.height]).toEqual([sample.width, sample.height]);
      // Wider than tall: digits side by side.
      expect(sample.width).toBeGreaterThan(sample.height);
    }
  });
});

describe("validation numbers", () => {
  it("draw only source digits the reported set never uses, under another seed", async () => {
    const source = await mnistSample("test", 200);
    const used = reportedDigitIndices(source.count, 8);
    const options = validationNumberOptions(source, 8);
    const pool = Array.from(options.digitPool!);
    expect(pool.length + used.size).toBe(source.count);
    expect(pool.filter((index) => used.has(index))).toEqual([]);
    const labels = new Set(pool.map((index) => String(source.labels[index])));
    const validation: NumberSample[] = [];
    for await (const sample of generateNumberSet({ ...options, count: 4 })) validation.push(sample);
    const reported = await collect(4242, 4);
    expect(validation.map((s) => s.label)).not.toEqual(reported.map((s) => s.label));
    for (const sample of validation) {
      expect([...sample.label].every((digit) => labels.has(digit))).toBe(true);
      // Each digit's ink columns, left to right inside the image.
      expect(sample.digitColumns).toHaveLength(sample.label.length);
      for (const [i, columns] of sample.digitColumns.entries()) {
        expect(columns.left).toBeLessThan(columns.right);
        expect(columns.right).toBeLessThanOrEqual(sample.width);
        if (i > 0) expect(columns.left).toBeGreaterThan(sample.digitColumns[i - 1]!.left);
      }
    }
  });
});
