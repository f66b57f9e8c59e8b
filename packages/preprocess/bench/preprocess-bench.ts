// Throughput of normalizeDigitImage on the two upload shapes that matter: 280x280 canvas PNGs and
// 12-megapixel phone JPEGs, several in flight at once as a server would run them.
import { availableParallelism, loadavg } from "node:os";
import sharp from "sharp";
import { createPreprocessPool, normalizeDigitImage } from "../src/index.js";
import { benchCanvasPipeline } from "./canvas-bench.js";
import type { NormalizedDigit } from "../src/normalize-digit-image.js";

type Normalize = (bytes: Uint8Array) => Promise<NormalizedDigit>;

const DIGIT_PATHS = [
  "M 40 30 L 60 20 L 60 90", // 1
  "M 25 25 L 75 25 L 45 95", // 7
  "M 50 20 C 20 20 20 95 50 95 C 80 95 80 20 50 20 Z", // 0
  "M 28 35 C 30 10 75 12 70 40 C 65 60 30 80 25 92 L 78 92", // 2
];

function digitSvg(
  width: number,
  height: number,
  index: number,
  stroke: string,
  strokeWidth: number,
  box: { x: number; y: number; size: number },
): Buffer {
  const path = DIGIT_PATHS[index % DIGIT_PATHS.length]!;
  const scale = box.size / 100;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><g transform="translate(${box.x} ${box.y}) scale(${scale})">` +
      `<path d="${path}" fill="none" stroke="${stroke}" stroke-width="${strokeWidth / scale}" stroke-linecap="round" stroke-linejoin="round"/></g></svg>`,
  );
}

async function canvasPng(index: number): Promise<Buffer> {
  const svg = digitSvg(280, 280, index, "#000", 18, { x: 50 + (index % 5) * 6, y: 40, size: 190 });
  return sharp({
    create: { width: 280, height: 280, channels: 4, background: { r: 255, g: 255, b: 255, alpha: 1 } },
  })
    .composite([{ input: svg }])
    .png()
    .toBuffer();
}

async function phonePhoto(index: number): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 12345 + index;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const light = 215 - (40 * x) / width - (25 * y) / height + ((seed >>> 24) % 9) - 4;
      const offset = (y * width + x) * 3;
      raw[offset] = light;
      raw[offset + 1] = light - 2;
      raw[offset + 2] = light - 10;
    }
  }
  const svg = digitSvg(width, height, index, "#1a2a6c", 40, { x: 1200 + index * 100, y: 700, size: 1500 });
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .composite([{ input: svg }])
    .jpeg({ quality: 88 })
    .toBuffer();
}

async function measure(
  name: string,
  normalize: Normalize,
  inputs: Buffer[],
  total: number,
  concurrency: number,
): Promise<void> {
  for (const input of inputs) await normalize(input);
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const input = inputs[next++ % inputs.length]!;
      const begin = performance.now();
      await normalize(input);
      latencies.push(performance.now() - begin);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  // Process CPU time (main thread + sharp's threads) stays meaningful when other jobs share the cores.
  const cpuMs = (cpu.user + cpu.system) / 1000 / total;
  latencies.sort((a, b) => a - b);
  const median = latencies[Math.floor(latencies.length / 2)]!;
  console.log(
    `${name.padEnd(36)} ${(total / seconds).toFixed(1).padStart(7)} images/s  ${((seconds * 1000) / total).toFixed(2).padStart(6)} ms/image  ` +
      `CPU ${cpuMs.toFixed(2)} ms/image (${(1000 / cpuMs).toFixed(0)} images/s per free core)  ` +
      `[${total} images, ${concurrency} in flight, median latency ${median.toFixed(1)} ms]`,
  );
}

async function main(): Promise<void> {
  // libuv's pool defaults to 4 threads; on a 2-core box the extra sharp threads steal time from
  // the JS thread, which is the bottleneck for small images. Servers should size it to the cores.
  process.env.UV_THREADPOOL_SIZE ??= String(availableParallelism());
  console.log(
    `load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}; other processes compete for the cores when it exceeds 0`,
  );
  console.log(
    `normalizeDigitImage on ${availableParallelism()} cores, in-process and on a pool of worker threads, sharp concurrency ${sharp.concurrency()}, UV_THREADPOOL_SIZE ${process.env.UV_THREADPOOL_SIZE}`,
  );
  const canvases = await Promise.all([0, 1, 2, 3].map(canvasPng));
  const photos: Buffer[] = [];
  for (const index of [0, 1]) photos.push(await phonePhoto(index));
  console.log(
    `inputs: 280x280 canvas PNG ~${(canvases[0]!.length / 1024).toFixed(1)} KiB, 4000x3000 JPEG ~${(photos[0]!.length / 1024 / 1024).toFixed(1)} MiB`,
  );
  // The pure pipeline first: what every canvas costs once decoded, in the browser's worker and here.
  await benchCanvasPipeline();
  const pool = createPreprocessPool();
  const inProcess: Normalize = (bytes) => normalizeDigitImage(bytes);
  const threaded: Normalize = (bytes) => pool.normalize(bytes);
  await measure("280x280 canvas PNG, main thread", inProcess, canvases, 2000, 8);
  await measure(`280x280 canvas PNG, ${pool.threads} threads`, threaded, canvases, 4000, 16);
  await measure("12 MP phone JPEG, main thread", inProcess, photos, 120, 4);
  await measure(`12 MP phone JPEG, ${pool.threads} threads`, threaded, photos, 160, 8);
  await pool.close();
}

await main();
