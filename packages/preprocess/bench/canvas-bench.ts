// The pure canvas pipeline (what the live worker runs per reading, and the server on a clean canvas PNG),
// stage by stage, on the drawing pads' own pixels: a 280x280 digit and a 560x280 number, white on black.
import { loadavg } from "node:os";
import sharp from "sharp";
import { findDigit, MARKS_CONTEXT } from "../src/find-digit.js";
import { cleanCanvasInkAround } from "../src/ink-map.js";
import { layoutLikeMnist } from "../src/mnist-layout.js";
import { normalizeDigitImage } from "../src/normalize-digit-image.js";
import { normalizePixels, type RawPixels } from "../src/normalize-pixels.js";
import { grayscaleAroundMarks } from "../src/to-grayscale.js";
import { warmUpDrawing } from "../src/warm-up-drawing.js";

const DIGITS = [
  "M 40 30 L 60 20 L 60 90", // 1
  "M 25 25 L 75 25 L 45 95", // 7
  "M 50 20 C 20 20 20 95 50 95 C 80 95 80 20 50 20 Z", // 0
  "M 28 35 C 30 10 75 12 70 40 C 65 60 30 80 25 92 L 78 92", // 2
  "M 55 15 L 25 60 L 75 60 M 58 35 L 58 88", // 4
];

/** The pads' export: opaque black, white round strokes 7% of the height wide (strokes.ts, live-client.ts). */
async function padPixels(width: number, height: number, digits: number[]): Promise<RawPixels> {
  const groups = digits.map((digit, slot) => {
    const x = slot * height + height * 0.12;
    const scale = (height * 0.75) / 100;
    return (
      `<g transform="translate(${x} ${height * 0.08}) scale(${scale})"><path d="${DIGITS[digit]}" fill="none" ` +
      `stroke="#fff" stroke-width="${(0.07 * height) / scale}" stroke-linecap="round" stroke-linejoin="round"/></g>`
    );
  });
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#000"/>${groups.join("")}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg))
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, channels: 4 };
}

function percentile(sorted: number[], level: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(level * sorted.length))]!;
}

const STAGES = ["gray", "ink", "findDigit", "layoutLikeMnist", "stages total"] as const;

function spread(values: number[]): string {
  const sorted = values.sort((a, b) => a - b);
  return `${percentile(sorted, 0.5).toFixed(3)}/${percentile(sorted, 0.95).toFixed(3)}/${sorted.at(-1)!.toFixed(2)}`;
}

function measure(name: string, inputs: RawPixels[], rounds: number): void {
  const times = new Map<string, number[]>(STAGES.map((stage) => [stage, []]));
  const record = (stage: string, ms: number) => times.get(stage)!.push(ms);
  const warmUp = Math.floor(rounds / 5);
  for (let round = -warmUp; round < rounds; round++) {
    const pixels = inputs[(round + warmUp) % inputs.length]!;
    const t0 = performance.now();
    const gray = grayscaleAroundMarks(
      pixels.data as Uint8Array,
      pixels.width,
      pixels.height,
      pixels.channels,
      MARKS_CONTEXT,
    );
    const t1 = performance.now();
    const inkMap = cleanCanvasInkAround(gray, pixels.width, pixels.height);
    if (!inkMap) throw new Error(`${name}: not a clean canvas`);
    const t2 = performance.now();
    const digit = findDigit(inkMap);
    const t3 = performance.now();
    layoutLikeMnist(digit.crop, true);
    const t4 = performance.now();
    if (round < 0) continue;
    record("gray", t1 - t0);
    record("ink", t2 - t1);
    record("findDigit", t3 - t2);
    record("layoutLikeMnist", t4 - t3);
    record("stages total", t4 - t0);
  }
  // The whole call on its own, with its mean CPU time: the median and p95 of wall time grow with the machine's load, CPU time much less.
  const whole: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    const begin = performance.now();
    normalizePixels(inputs[round % inputs.length]!);
    whole.push(performance.now() - begin);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / rounds;
  const cells = STAGES.map((stage) => `${stage} ${spread(times.get(stage)!)}`);
  console.log(
    `${name} (median/p95/max ms over ${rounds}): ${cells.join(", ")}; normalizePixels ${spread(whole)}, CPU mean ${cpuMs.toFixed(3)} ms`,
  );
}

/** bench:api's drawings (apps/api/bench/api-bench.ts): black strokes on an opaque white 280x280 PNG, moved and turned. */
const API_STROKES = [
  "M140 50 C 60 50, 60 230, 140 230 C 220 230, 220 50, 140 50 Z",
  "M150 50 L150 230",
  "M80 60 L200 60 L120 230",
  "M90 90 C 90 40, 200 40, 190 100 C 180 150, 90 200, 80 230 L 210 230",
  "M90 60 L200 60 L140 130 C 230 130, 220 240, 100 220",
];

function apiDrawings(): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: 24 }, (_, index) => {
      const transform = `translate(${(index % 5) * 6 - 12} ${(index % 3) * 8 - 8}) rotate(${(index % 7) - 3} 140 140)`;
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="280" height="280"><rect width="280" height="280" fill="white"/>` +
        `<path d="${API_STROKES[index % API_STROKES.length]}" transform="${transform}" stroke="black" stroke-width="${16 + (index % 4) * 3}" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>`;
      return sharp(Buffer.from(svg)).png().toBuffer();
    }),
  );
}

/**
 * What a recognition thread does to an upload before the model: normalizeDigitImage with the API's
 * 128-pixel thumbnail, on bench:api's drawings, after the thread's warm-up drawing (whose transparent
 * ground the JIT sees first, as in the server). Mean CPU time, the figure to set beside bench:api's
 * "recognition" line (which adds the forward pass and the messages).
 */
async function measureRecognitionPreprocessing(rounds: number): Promise<void> {
  const pngs = await apiDrawings();
  const warmUp = warmUpDrawing();
  for (let round = 0; round < 10; round++) await normalizeDigitImage(warmUp, { thumbnailSide: 128 });
  for (let round = 0; round < rounds / 4; round++) await normalizeDigitImage(pngs[round % pngs.length]!, { thumbnailSide: 128 });
  const cpuBefore = process.cpuUsage();
  for (let round = 0; round < rounds; round++) await normalizeDigitImage(pngs[round % pngs.length]!, { thumbnailSide: 128 });
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `bench:api's 280x280 drawing PNGs: normalizeDigitImage with a 128 px thumbnail, CPU mean ${((cpu.user + cpu.system) / 1000 / rounds).toFixed(3)} ms over ${rounds}`,
  );
}

export async function benchCanvasPipeline(rounds = 2000): Promise<void> {
  const digits = await Promise.all([0, 1, 2, 3, 4].map((digit) => padPixels(280, 280, [digit])));
  const numbers = await Promise.all(
    [
      [4, 3],
      [1, 0],
      [2, 1],
    ].map((pair) => padPixels(560, 280, pair)),
  );
  console.log(
    `pure canvas pipeline, load average ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
  measure("280x280 digit", digits, rounds);
  measure("560x280 number", numbers, rounds);
  await measureRecognitionPreprocessing(rounds);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchCanvasPipeline();
