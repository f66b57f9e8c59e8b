/**
 * Averages the weights of models fine-tuned from one common ancestor (a "model soup"): in the same
 * basin, the average usually keeps what each fine-tune gained, at the cost of one model. The result is
 * calibrated on the first model's held-out validation digits, as training does.
 * Usage: tsx scripts/average-models.ts --out <modelDir> <modelDir> <modelDir> [...]
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import * as tf from "@tensorflow/tfjs";
import {
  initBackend,
  loadMnist,
  evaluateModel,
  loadModelDir,
  saveModelDir,
  calibrateModel,
} from "@digit-lab/model";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: "string" } } });
if (!values.out || positionals.length < 2)
  throw new Error("usage: average-models.ts --out <modelDir> <modelDir> <modelDir> [...]");
await initBackend();
const data = await loadMnist();
const models = await Promise.all(positionals.map((dir) => loadModelDir(resolve(dir))));
const [first] = models;
for (const { metadata } of models) {
  if (
    metadata.architecture !== first!.metadata.architecture ||
    metadata.parameterCount !== first!.metadata.parameterCount
  ) {
    throw new Error(
      `cannot average ${metadata.name} (${metadata.architecture}) with ${first!.metadata.name} (${first!.metadata.architecture})`,
    );
  }
}
const averaged = first!.model
  .getWeights()
  .map((_, i) =>
    tf.tidy(() => tf.addN(models.map(({ model }) => model.getWeights()[i]!)).div(models.length)),
  );
first!.model.setWeights(averaged);
const calibration = await calibrateModel(first!.model, first!.metadata.config, data.train);
const test = evaluateModel(first!.model, data.test, calibration);
const { evaluation: _measuredBefore, ...metadata } = first!.metadata;
await saveModelDir(resolve(values.out), first!.model, {
  ...metadata,
  name: `${first!.metadata.name}-soup${models.length}`,
  calibration,
  test,
  averagedFrom: models.map(({ metadata: m }) => m.name),
  createdAt: new Date().toISOString(),
});
console.log(`MNIST test accuracy: ${(test.accuracy * 100).toFixed(2)}%; saved ${resolve(values.out)}`);
