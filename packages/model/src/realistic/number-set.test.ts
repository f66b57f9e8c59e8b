import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { mnistSample } from "../test-support.js";
import { alignedMatches } from "./evaluate-numbers.js";
import { generateNumberSet, type NumberSample } from "./number-set.js";

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

describe("alignedMatches", () => {
  it("counts digits in place under the cheapest edit", () => {
    expect(alignedMatches("2370", "2370")).toBe(4);
    expect(alignedMatches("2370", "23170")).toBe(4);
    expect(alignedMatches("2370", "270")).toBe(3);
    expect(alignedMatches("2370", "2470")).toBe(3);
    expect(alignedMatches("12", "")).toBe(0);
  });
});
