import {
  ARCHITECTURES,
  DEFAULT_ARCHITECTURE,
  DEFAULT_TRAINING_CONFIG,
  isArchitecture,
  TRAINING_RUN_LIMITS,
  type TrainingConfig,
} from "@digit-lab/model";
import { MAX_NUMBER_DIGITS } from "@digit-lab/preprocess";
import type { GraphQLInputType, GraphQLResolveInfo } from "graphql";
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

/** A whole number as feedback names it: the digits of the value, as many as readNumber reads at most. */
export function validateNumberValue(name: string, value: string): string {
  if (!new RegExp(`^[0-9]{1,${MAX_NUMBER_DIGITS}}$`).test(value))
    throw apiError(
      "BAD_USER_INPUT",
      `${name} must be 1 to ${MAX_NUMBER_DIGITS} digits 0-9, got ${JSON.stringify(value.slice(0, 40))}.`,
    );
  return value;
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

function trainingInteger(field: keyof typeof TRAINING_RUN_LIMITS, value: number): number {
  const { min, max } = TRAINING_RUN_LIMITS[field];
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
  const learningRate = TRAINING_RUN_LIMITS.learningRate;
  if (!(input.learningRate > learningRate.min && input.learningRate <= learningRate.max))
    badInput(
      "learningRate",
      `learningRate must be greater than ${learningRate.min} and at most ${learningRate.max}, got ${input.learningRate}.`,
    );
  const config: TrainingConfig = {
    ...DEFAULT_TRAINING_CONFIG,
    architecture,
    epochs: trainingInteger("epochs", input.epochs),
    batchSize: trainingInteger("batchSize", input.batchSize),
    learningRate: input.learningRate,
    augment: input.augment,
    seed: trainingInteger("seed", input.seed),
  };
  if (input.trainLimit !== null && input.trainLimit !== undefined)
    config.trainLimit = trainingInteger("trainLimit", input.trainLimit);
  if (input.testLimit !== null && input.testLimit !== undefined)
    config.testLimit = trainingInteger("testLimit", input.testLimit);
  return config;
}

/** Longest ID argument: ours are UUIDs (36) and cursors (~80). */
export const MAX_ID_LENGTH = 100;
/** Longest String argument; single fields may allow less (e.g. key names). */
export const MAX_STRING_LENGTH = 1000;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkString(field: string, value: string, maxLength: number): void {
  if (value.length > maxLength)
    badInput(field, `${field} must be at most ${maxLength} characters long, got ${value.length}.`);
  if (CONTROL_CHARACTER.test(value))
    badInput(field, `${field} must not contain control characters (such as NUL, tab or newline).`);
  if (LONE_SURROGATE.test(value))
    badInput(field, `${field} must be valid Unicode text (no lone surrogates).`);
}

/**
 * Checks every String and ID in a value of `type`, recursing into lists and input objects. By shape,
 * not instanceof: Apollo's CommonJS graphql and an ESM one may both be loaded.
 */
function checkValue(field: string, type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  const nullable = (type.toString().endsWith("!") ? (type as { ofType: GraphQLInputType }).ofType : type) as
    GraphQLInputType | { ofType: GraphQLInputType };
  if (nullable.toString().startsWith("[")) {
    const item = (nullable as { ofType: GraphQLInputType }).ofType;
    if (Array.isArray(value)) value.forEach((entry, index) => checkValue(`${field}.${index}`, item, entry));
    return;
  }
  if ("getFields" in nullable) {
    for (const [name, inner] of Object.entries(nullable.getFields()))
      checkValue(`${field}.${name}`, inner.type, (value as Record<string, unknown>)[name]);
    return;
  }
  if (typeof value !== "string") return;
  const name = nullable.toString();
  if (name === "ID") checkString(field, value, MAX_ID_LENGTH);
  else if (name === "String") checkString(field, value, MAX_STRING_LENGTH);
}

/**
 * The edge check of every root field's String and ID arguments, before any resolver sees them:
 * nothing too long, no control characters (NUL cannot even be stored in PostgreSQL text).
 */
export function validateArguments(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  const definition = info.parentType.getFields()[info.fieldName];
  for (const argument of definition?.args ?? [])
    checkValue(argument.name, argument.type, args[argument.name]);
}
