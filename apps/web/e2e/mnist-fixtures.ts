import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { createCanvas } from "@napi-rs/canvas";

const MNIST_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../../data/mnist");
const SIDE = 28;
const SCALE = 4;
const MARGIN = 24;

let cache: { images: Buffer; labels: Buffer } | null = null;

function testSet() {
  cache ??= {
    images: gunzipSync(readFileSync(resolve(MNIST_DIR, "t10k-images-idx3-ubyte.gz"))).subarray(16),
    labels: gunzipSync(readFileSync(resolve(MNIST_DIR, "t10k-labels-idx1-ubyte.gz"))).subarray(8),
  };
  return cache;
}

/** The n-th MNIST test digit with this label as dark ink on white paper, enlarged pixel-sharp (the API refuses blurry marks). */
export function mnistDigitPng(label: number, occurrence = 0): Buffer {
  const { images, labels } = testSet();
  let seen = -1;
  const index = labels.findIndex((l) => l === label && ++seen === occurrence);
  if (index < 0) throw new Error(`no MNIST test digit ${label} #${occurrence}`);
  const pixels = images.subarray(index * SIDE * SIDE, (index + 1) * SIDE * SIDE);
  const digit = createCanvas(SIDE, SIDE);
  const data = digit.getContext("2d").createImageData(SIDE, SIDE);
  pixels.forEach((ink, i) => {
    data.data.set([255 - ink, 255 - ink, 255 - ink, 255], i * 4);
  });
  digit.getContext("2d").putImageData(data, 0, 0);
  const side = SIDE * SCALE + 2 * MARGIN;
  const page = createCanvas(side, side);
  const ctx = page.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, side, side);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(digit, MARGIN, MARGIN, SIDE * SCALE, SIDE * SCALE);
  return page.toBuffer("image/png");
}

/** A white page with nothing on it: the API finds no digit there. */
export function blankPng(side = 160): Buffer {
  const page = createCanvas(side, side);
  const ctx = page.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, side, side);
  return page.toBuffer("image/png");
}
