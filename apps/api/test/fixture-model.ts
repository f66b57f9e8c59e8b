import { join } from "node:path";
import {
  DEFAULT_TRAINING_CONFIG,
  METADATA_FORMAT_VERSION,
  createModel,
  initBackend,
  saveModelDir,
} from "@digit-lab/model";

/**
 * An untrained reference-architecture model directory: loads like the shipped model but needs no
 * training, so API tests depend neither on the training job nor on a model's accuracy.
 */
export async function writeFixtureModel(parentDir: string, name: string, seed = 1): Promise<string> {
  await initBackend("cpu");
  const dir = join(parentDir, name);
  const model = createModel("reference", seed);
  await saveModelDir(dir, model, {
    formatVersion: METADATA_FORMAT_VERSION,
    name,
    architecture: "reference",
    parameterCount: model.countParams(),
    config: { ...DEFAULT_TRAINING_CONFIG, architecture: "reference", epochs: 0, seed },
    dataChecksums: {},
    backend: "cpu",
    tfjsVersion: "4.22.0",
    history: [
      {
        epoch: 1,
        loss: 2.3,
        accuracy: 0.1,
        valLoss: 2.3,
        valAccuracy: 0.1,
        learningRate: 0.001,
        durationMs: 1000,
      },
    ],
    test: { accuracy: 0.1, loss: 2.3, count: 0, perClass: [], confusionMatrix: [] },
    durationMs: 1000,
    createdAt: new Date(Date.UTC(2026, 0, seed)).toISOString(),
  });
  model.dispose();
  return dir;
}
