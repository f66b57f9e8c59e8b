/**
 * Bounds of training runs started through the API (the CLI and library accept more): the API checks
 * `TrainingRunInput` against them and serves them as `trainingRunLimits`, which the web's form reads.
 */
export const TRAINING_RUN_LIMITS = {
  epochs: { min: 1, max: 50 },
  batchSize: { min: 8, max: 1024 },
  /** Greater than min (never 0), at most max. */
  learningRate: { min: 0, max: 0.1 },
  trainLimit: { min: 100, max: 60_000 },
  testLimit: { min: 100, max: 10_000 },
  seed: { min: 0, max: 2_147_483_647 },
} as const;
