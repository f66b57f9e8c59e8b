import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { DatasetError } from "../errors.js";
import { parseIdxImages, parseIdxLabels } from "./idx.js";

export const MNIST_FILES = {
  trainImages: "train-images-idx3-ubyte.gz",
  trainLabels: "train-labels-idx1-ubyte.gz",
  testImages: "t10k-images-idx3-ubyte.gz",
  testLabels: "t10k-labels-idx1-ubyte.gz",
} as const;

export const CHECKSUM_FILE = "SHA256SUMS";

/** The copy committed at the repository root (data/mnist). */
export const DEFAULT_MNIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../data/mnist");

export interface DigitSet {
  count: number;
  /** count * 784 bytes, white ink (255) on black (0). */
  images: Uint8Array;
  labels: Uint8Array;
}

export interface MnistDataset {
  train: DigitSet;
  test: DigitSet;
  /** SHA-256 of each .gz file, as verified. */
  checksums: Record<string, string>;
  dir: string;
}

export type MnistSplit = "train" | "test";

async function readOrFail(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "file is missing" : String(error);
    throw new DatasetError(path, reason);
  }
}

export function parseChecksums(text: string, file: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    const match = /^([0-9a-f]{64})\s+\*?(.+)$/i.exec(line.trim());
    if (!match) throw new DatasetError(file, `malformed line "${line}"`);
    sums.set(match[2]!, match[1]!.toLowerCase());
  }
  return sums;
}

async function readVerified(dir: string, name: string, sums: Map<string, string>): Promise<{ bytes: Uint8Array; sha256: string }> {
  const path = join(dir, name);
  const gz = await readOrFail(path);
  const sha256 = createHash("sha256").update(gz).digest("hex");
  const expected = sums.get(name);
  if (!expected) throw new DatasetError(join(dir, CHECKSUM_FILE), `no checksum listed for ${name}`);
  if (sha256 !== expected) throw new DatasetError(path, `checksum mismatch: sha256 ${sha256}, expected ${expected}`);
  try {
    return { bytes: gunzipSync(gz), sha256 };
  } catch (error) {
    throw new DatasetError(path, `not a valid gzip stream (${(error as Error).message})`);
  }
}

async function loadSplit(dir: string, split: MnistSplit, sums: Map<string, string>, checksums: Record<string, string>): Promise<DigitSet> {
  const imageName = split === "train" ? MNIST_FILES.trainImages : MNIST_FILES.testImages;
  const labelName = split === "train" ? MNIST_FILES.trainLabels : MNIST_FILES.testLabels;
  const imageFile = await readVerified(dir, imageName, sums);
  const labelFile = await readVerified(dir, labelName, sums);
  checksums[imageName] = imageFile.sha256;
  checksums[labelName] = labelFile.sha256;
  const images = parseIdxImages(imageFile.bytes, join(dir, imageName));
  const labels = parseIdxLabels(labelFile.bytes, join(dir, labelName));
  if (images.count !== labels.length) {
    throw new DatasetError(join(dir, labelName), `${labels.length} labels for ${images.count} images in ${imageName}`);
  }
  return { count: images.count, images: images.pixels, labels };
}

/** Loads and verifies MNIST (checksums, IDX headers, counts) from `dir`, by default data/mnist. */
export async function loadMnist(dir: string = DEFAULT_MNIST_DIR, splits: readonly MnistSplit[] = ["train", "test"]): Promise<MnistDataset> {
  const sumsPath = join(dir, CHECKSUM_FILE);
  const sums = parseChecksums((await readOrFail(sumsPath)).toString("utf8"), sumsPath);
  const checksums: Record<string, string> = {};
  const empty: DigitSet = { count: 0, images: new Uint8Array(0), labels: new Uint8Array(0) };
  const train = splits.includes("train") ? await loadSplit(dir, "train", sums, checksums) : empty;
  const test = splits.includes("test") ? await loadSplit(dir, "test", sums, checksums) : empty;
  return { train, test, checksums, dir };
}
