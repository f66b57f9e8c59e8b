/**
 * `pnpm --filter @digit-lab/model-tools bench:numbers`: server CPU to read one 560x280 canvas drawing of a
 * number (2-6 digits, as the web's Number mode sends it): segmentNumber, then readNumber's one batch.
 * Prints the median and p90 CPU time of each stage over the drawings (two rounds after a warm-up), and wall time.
 */
import sharp from "sharp";
import { segmentNumber } from "@digit-lab/preprocess";
import {
  initBackend,
  loadMnist,
  loadModelDir,
  modelReader,
  readNumber,
  generateNumberSet,
  validationNumberOptions,
} from "@digit-lab/model";

const CANVAS = { width: 560, height: 280 };
const DRAWINGS = 40;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const backend = await initBackend(process.env.DIGIT_BACKEND ?? "wasm");
const { model, metadata } = await loadModelDir();
const read = modelReader(model, metadata.calibration);
const { test } = await loadMnist(undefined, ["test"]);
const canvases: Buffer[] = [];
for await (const sample of generateNumberSet({
  count: DRAWINGS * 3,
  minDigits: 2,
  maxDigits: 6,
  ...validationNumberOptions(test),
})) {
  if (sample.look !== "canvas" || canvases.length === DRAWINGS) continue;
  // Fit the drawing into the canvas as a user would draw it: white ground, the number filling most of it.
  const drawing = await sharp(sample.bytes)
    .flatten({ background: "#ffffff" })
    .resize(CANVAS.width, CANVAS.height, { fit: "contain", background: "#ffffff" })
    .png()
    .toBuffer();
  canvases.push(drawing);
}
// CPU time (all of the process's threads) rather than wall time: other work on a shared machine does not count.
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const segment: number[] = [];
const reading: number[] = [];
const wall: number[] = [];
for (let round = 0; round < 3; round++) {
  for (const canvas of canvases) {
    const started = cpuMs();
    const wallStarted = performance.now();
    const candidates = await segmentNumber(canvas);
    const segmented = cpuMs();
    await readNumber(candidates, read);
    if (round === 0) continue;
    segment.push(segmented - started);
    reading.push(cpuMs() - segmented);
    wall.push(performance.now() - wallStarted);
  }
}
const total = segment.map((ms, i) => ms + reading[i]!);
const line = (name: string, values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, ms) => sum + ms, 0) / values.length;
  return `  ${name.padEnd(10)} mean ${mean.toFixed(1).padStart(5)} ms  median ${percentile(sorted, 50).toFixed(1).padStart(5)} ms  p90 ${percentile(sorted, 90).toFixed(1).padStart(5)} ms`;
};
console.log(
  `One ${CANVAS.width}x${CANVAS.height} canvas number (${canvases.length} drawings, backend ${backend}):`,
);
console.log(line("segment", segment));
console.log(line("read", reading));
console.log(line("total", total));
console.log(line("wall", wall));
