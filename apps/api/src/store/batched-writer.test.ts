import { describe, expect, it } from "vitest";
import { BatchedWriter } from "./batched-writer.js";

describe("BatchedWriter", () => {
  it("writes what is queued in one turn as one batch, and settles each caller after its write", async () => {
    const batches: number[][] = [];
    const writer = new BatchedWriter<number>(async (items) => {
      batches.push(items);
    });
    await Promise.all([writer.write([1]), writer.write([2, 3]), writer.write([4])]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it("collects writes that arrive while a batch is being written into the next batch", async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const writer = new BatchedWriter<number>(async (items) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((resolve) => (release = resolve));
    });
    const first = writer.write([1]);
    await new Promise((resolve) => setImmediate(resolve));
    const later = [writer.write([2]), writer.write([3])];
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[1]]);
    release();
    await Promise.all([first, ...later]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it("splits at maxItems and rejects every caller of a failed batch", async () => {
    const batches: number[][] = [];
    const writer = new BatchedWriter<number>(async (items) => {
      batches.push(items);
      if (items.includes(3)) throw new Error("disk full");
    }, 2);
    const results = await Promise.allSettled([
      writer.write([1]),
      writer.write([2]),
      writer.write([3]),
      writer.write([4]),
    ]);
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    expect(results.map((result) => result.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "rejected",
    ]);
  });

  it("close() waits for queued writes and refuses new ones", async () => {
    const written: number[] = [];
    const writer = new BatchedWriter<number>(async (items) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      written.push(...items);
    });
    const pending = writer.write([1, 2]);
    await writer.close();
    expect(written).toEqual([1, 2]);
    await pending;
    await expect(writer.write([3])).rejects.toThrow(/closed/);
  });
});
