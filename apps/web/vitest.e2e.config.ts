import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The training suite first: it leaves a second model version, which the live suite then activates instead of training one. */
class TrainingFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isTraining = (file: TestSpecification) => file.moduleId.endsWith("/training.e2e.ts");
    return [...sorted.filter(isTraining), ...sorted.filter((file) => !isTraining(file))];
  }
}

// End-to-end: a real API and `next start` (global setup) driven by Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["./e2e/global-setup.ts"],
    // One browser at a time: the machine has two cores and the servers need one.
    fileParallelism: false,
    sequence: { sequencer: TrainingFirst },
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // The default second is too short for an upload on a machine that is also training a model.
    expect: { poll: { timeout: 30_000, interval: 100 } },
  },
});
