/**
 * Refits a model directory's calibration (temperature, refusal and uncertainty thresholds) on held-out
 * samples, as training does at its end, and records the MNIST test figures it gives.
 * Usage: tsx scripts/calibrate-model.ts <modelDir>
 */
import { resolve } from "node:path";
import {
  initBackend,
  loadMnist,
  evaluateModel,
  loadModelDir,
  saveModelDir,
  calibrateModel,
} from "@digit-lab/model";

const dir = process.argv[2];
if (!dir) throw new Error("usage: calibrate-model.ts <modelDir>");
await initBackend();
const data = await loadMnist();
const { model, metadata } = await loadModelDir(resolve(dir));
const calibration = await calibrateModel(model, metadata.config, data.train);
const test = evaluateModel(model, data.test, calibration);
await saveModelDir(resolve(dir), model, { ...metadata, calibration, test });
console.log(JSON.stringify(calibration, null, 2));
console.log(
  `MNIST test accuracy with these thresholds: ${(test.accuracy * 100).toFixed(2)}% (${test.rejected?.reduce((a, b) => a + b, 0) ?? 0} refused)`,
);
