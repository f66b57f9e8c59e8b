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
