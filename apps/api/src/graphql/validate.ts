import {
  ARCHITECTURES,
  DEFAULT_ARCHITECTURE,
  DEFAULT_TRAINING_CONFIG,
  isArchitecture,
  type TrainingConfig,
} from "@digit-lab/model";
import type { TrainingRunInput } from "../generated/resolvers-types.js";
import { apiError } from "../errors.js";

function integerIn(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw apiError("BAD_USER_INPUT", `${name} must be an integer from ${min} to ${max}, got ${value}.`);
  }
  return value;
}

export const MAX_PAGE_SIZE = 100;

export function validateTopK(value: number): number {
  return integerIn("topK", value, 1, 10);
}

export function validateDigit(name: string, value: number): number {
  return integerIn(name, value, 0, 9);
}

export function validatePageSize(value: number): number {
  return integerIn("first", value, 1, MAX_PAGE_SIZE);
}

export function validateKeyName(value: string): string {
  const name = value.trim();
  if (name.length < 1 || name.length > 100)
    throw apiError("BAD_USER_INPUT", "name must be 1 to 100 characters long.");
  return name;
}

function badInput(field: string, message: string): never {
  throw apiError("BAD_USER_INPUT", message, { field });
}

function trainingInteger(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    badInput(field, `${field} must be an integer between ${min} and ${max}, got ${value}.`);
  return value;
}

/** The limits of runs started through the API; the rest of the config comes from the defaults. */
export function validateTrainingRunInput(input: TrainingRunInput): TrainingConfig {
  const architecture = input.architecture ?? DEFAULT_ARCHITECTURE;
  if (!isArchitecture(architecture))
    badInput(
      "architecture",
      `architecture must be one of ${ARCHITECTURES.join(", ")}, got ${JSON.stringify(architecture)}.`,
    );
  if (!(input.learningRate > 0 && input.learningRate <= 0.1))
    badInput(
      "learningRate",
      `learningRate must be greater than 0 and at most 0.1, got ${input.learningRate}.`,
    );
  const config: TrainingConfig = {
    ...DEFAULT_TRAINING_CONFIG,
    architecture,
    epochs: trainingInteger("epochs", input.epochs, 1, 50),
    batchSize: trainingInteger("batchSize", input.batchSize, 8, 1024),
    learningRate: input.learningRate,
    augment: input.augment,
    seed: trainingInteger("seed", input.seed, 0, 2_147_483_647),
  };
  if (input.trainLimit !== null && input.trainLimit !== undefined)
    config.trainLimit = trainingInteger("trainLimit", input.trainLimit, 100, 60_000);
  return config;
}
