import sharp from "sharp";
import { initBackend } from "./src/backend.js";
import { loadMnist } from "./src/data/mnist.js";
import { deserializeModel, readModelArtifacts } from "./src/model-store.js";
import { predictProbabilities, argmax } from "./src/evaluation.js";
await initBackend("wasm");
const data = await loadMnist(undefined, ["test"]);
const model = await deserializeModel(await readModelArtifacts(process.argv[2]!));
const x = Float32Array.from(data.test.images, (v) => v / 255);
const p = predictProbabilities(model, x, 10000); const o = p.length / 10000;
let rej = 0, wrong = 0, wrong10 = 0; const bad: number[] = [];
const rejScores: number[] = [];
for (let i = 0; i < 10000; i++) { const b = argmax(p, i * o, o); const b10 = argmax(p, i * o, 10); rejScores.push(p[i * o + 10]!);
  if (b === 10) { rej++; if (bad.length < 60) bad.push(i); } else if (b !== data.test.labels[i]) wrong++; if (b10 !== data.test.labels[i]) wrong10++; }
rejScores.sort((a, b) => b - a);
console.log({ rej, wrong, wrong10, top: rejScores.slice(0, 30).map((v) => v.toFixed(2)).join(" ") });
const out = Buffer.alloc(60 * 784); bad.forEach((i, k) => { for (let y = 0; y < 28; y++) for (let xx = 0; xx < 28; xx++) out[(Math.floor(k / 10) * 28 + y) * 280 + (k % 10) * 28 + xx] = data.test.images[i * 784 + y * 28 + xx]!; });
await sharp(out, { raw: { width: 280, height: 168, channels: 1 } }).resize(560, 336, { kernel: "nearest" }).png().toFile("/tmp/rejected.png");
console.log(bad.map((i) => data.test.labels[i]).join(""));
