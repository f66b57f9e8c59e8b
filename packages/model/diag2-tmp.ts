import { normalizeDigitImage } from "@digit-lab/preprocess";
import sharp from "sharp";
import { writeFile } from "node:fs/promises";
import { initBackend } from "./src/backend.js";
import { loadMnist } from "./src/data/mnist.js";
import { loadModelDir } from "./src/model-store.js";
import { predictProbabilities } from "./src/evaluation.js";
import { HANDWRITING_STYLES, renderDigitInStyle } from "./src/handwriting/digit-styles.js";
import { pickNonDigitDrawing, renderNonDigit } from "./src/handwriting/negatives.js";
import { padInk } from "./src/handwriting/ink-image.js";
import { createRandom } from "./src/random.js";
await initBackend("wasm");
const data = await loadMnist(undefined, ["test"]);
const { model } = await loadModelDir(process.argv[2]!);
const r = createRandom(777);
const rows: Array<{ kind: string; label: number; p: number[]; parts: number }> = [];
async function add(ink: any, margin: number, kind: string, label: number) {
  const padded = padInk(ink, margin); const px = Buffer.alloc(padded.data.length);
  for (let i = 0; i < px.length; i++) px[i] = Math.round(250 - 235 * Math.min(1, padded.data[i]!));
  const png = await sharp(px, { raw: { width: padded.width, height: padded.height, channels: 1 } }).png().toBuffer();
  try { const n = await normalizeDigitImage(png); const p = predictProbabilities(model, n.input, 1); rows.push({ kind, label, p: Array.from(p), parts: n.info.parts, x: Array.from(n.input, (v) => Math.round(v * 255)) } as any); } catch { rows.push({ kind, label, p: [], parts: 0 }); }
}
for (const style of HANDWRITING_STYLES) for (let i = 0; i < 0; i++) { const idx = 5000 + Math.floor(r() * 5000); await add(renderDigitInStyle(style, data.test.images, idx * 784, r, "evaluation"), style.includes("16") || style === "stretched" || style === "lowres-binary" || style === "bitmap-32" ? 2 : 16, style, data.test.labels[idx]!); }
for (let i = 0; i < 500; i++) { const k = "glyph" as const; await add(renderNonDigit(k, r, data.test, "evaluation"), 16, "neg-" + k, 10); }
await writeFile(process.argv[3]!, JSON.stringify(rows));
