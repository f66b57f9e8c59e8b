import { createHash } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { beforeEach, describe, expect, it } from "vitest";
import { DatasetError } from "../errors.js";
import { IMAGE_MAGIC, LABEL_MAGIC, parseIdxImages, parseIdxLabels } from "./idx.js";
import { MNIST_FILES, loadMnist } from "./mnist.js";

function header(...ints: number[]): Buffer {
  const b = Buffer.alloc(ints.length * 4);
  ints.forEach((v, i) => b.writeUInt32BE(v, i * 4));
  return b;
}

function idxImages(count: number, fill = 7): Buffer {
  return Buffer.concat([header(IMAGE_MAGIC, count, 28, 28), Buffer.alloc(count * 784, fill)]);
}

function idxLabels(labels: number[]): Buffer {
  return Buffer.concat([header(LABEL_MAGIC, labels.length), Buffer.from(labels)]);
}

/** Writes a tiny, valid MNIST-shaped directory (3 train, 2 test samples) and returns its path. */
async function writeTinyMnist(overrides: Partial<Record<keyof typeof MNIST_FILES, Buffer>> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "mnist-"));
  const contents: Record<keyof typeof MNIST_FILES, Buffer> = {
    trainImages: gzipSync(idxImages(3)),
    trainLabels: gzipSync(idxLabels([1, 2, 3])),
    testImages: gzipSync(idxImages(2)),
    testLabels: gzipSync(idxLabels([4, 5])),
    ...overrides,
  };
  const sums: string[] = [];
  for (const [key, name] of Object.entries(MNIST_FILES) as Array<[keyof typeof MNIST_FILES, string]>) {
    await writeFile(join(dir, name), contents[key]);
    sums.push(`${createHash("sha256").update(contents[key]).digest("hex")}  ${name}`);
  }
  await writeFile(join(dir, "SHA256SUMS"), `${sums.join("\n")}\n`);
  return dir;
}

describe("IDX parsing", () => {
  it("reads images and labels with their counts", () => {
    const images = parseIdxImages(idxImages(2, 9), "imgs");
    expect(images).toMatchObject({ count: 2, rows: 28, cols: 28 });
    expect(images.pixels.length).toBe(2 * 784);
    expect(images.pixels[0]).toBe(9);
    expect(Array.from(parseIdxLabels(idxLabels([0, 9]), "lbls"))).toEqual([0, 9]);
  });

  it("names the file and the problem for a wrong magic number", () => {
    expect(() => parseIdxImages(idxLabels([1, 2, 3, 4, 5, 6, 7, 8]), "x.idx")).toThrow(/x\.idx: bad magic 2049, expected 2051/);
    expect(() => parseIdxLabels(idxImages(1), "y.idx")).toThrow(/y\.idx: bad magic 2051, expected 2049/);
  });

  it("refuses truncated files and trailing data", () => {
    expect(() => parseIdxImages(idxImages(2).subarray(0, 100), "t")).toThrow(/truncated: 100 bytes for 2 images/);
    expect(() => parseIdxImages(idxImages(1).subarray(0, 10), "t")).toThrow(/truncated header/);
    expect(() => parseIdxLabels(Buffer.concat([idxLabels([1, 2]), Buffer.from([3])]), "l")).toThrow(/trailing data/);
  });

  it("refuses wrong dimensions and labels outside 0-9", () => {
    expect(() => parseIdxImages(Buffer.concat([header(IMAGE_MAGIC, 1, 32, 32), Buffer.alloc(1024)]), "d")).toThrow(/32x32, expected 28x28/);
    expect(() => parseIdxLabels(idxLabels([3, 12]), "l")).toThrow(/label 12 at index 1/);
  });
});

describe("loadMnist", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await writeTinyMnist();
  });

  it("loads verified train and test splits with checksums", async () => {
    const data = await loadMnist(dir);
    expect(data.train.count).toBe(3);
    expect(Array.from(data.test.labels)).toEqual([4, 5]);
    expect(Object.keys(data.checksums)).toHaveLength(4);
  });

  it("fails naming the file on a checksum mismatch", async () => {
    await writeFile(join(dir, MNIST_FILES.testLabels), gzipSync(idxLabels([4, 6])));
    const error = await loadMnist(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toMatch(new RegExp(`${MNIST_FILES.testLabels}: checksum mismatch`));
  });

  it("fails naming the file when one is missing", async () => {
    const sums = await readFile(join(dir, "SHA256SUMS"), "utf8");
    const other = await writeTinyMnist();
    await writeFile(join(other, "SHA256SUMS"), sums);
    await writeFile(join(other, MNIST_FILES.trainImages), "");
    await expect(loadMnist(join(dir, "nowhere"))).rejects.toThrow(/SHA256SUMS: file is missing/);
    await expect(loadMnist(other)).rejects.toThrow(/train-images-idx3-ubyte\.gz: checksum mismatch/);
  });

  it("fails on a truncated image file whose checksum is listed", async () => {
    const truncated = await writeTinyMnist({ testImages: gzipSync(idxImages(2).subarray(0, 500)) });
    await expect(loadMnist(truncated)).rejects.toThrow(/t10k-images-idx3-ubyte\.gz: truncated: 500 bytes for 2 images/);
  });

  it("fails when image and label counts disagree", async () => {
    const mismatched = await writeTinyMnist({ trainLabels: gzipSync(idxLabels([1, 2])) });
    await expect(loadMnist(mismatched)).rejects.toThrow(/2 labels for 3 images/);
  });

  it("verifies the committed MNIST copy", async () => {
    const data = await loadMnist(undefined, ["test"]);
    expect(data.test.count).toBe(10_000);
    expect(data.checksums[MNIST_FILES.testImages]).toBe("8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6");
  });
});
