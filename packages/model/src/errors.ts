/** Base class for every error this package throws on purpose; `code` is stable for callers. */
export class DigitModelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class DatasetError extends DigitModelError {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super("DATASET_INVALID", `${file}: ${message}`);
  }
}

export class BackendError extends DigitModelError {
  constructor(message: string) {
    super("BACKEND_UNAVAILABLE", message);
  }
}

export class ModelLoadError extends DigitModelError {
  constructor(message: string) {
    super("MODEL_INVALID", message);
  }
}

export class InvalidInputError extends DigitModelError {
  constructor(message: string) {
    super("INVALID_INPUT", message);
  }
}

export class TrainingCancelledError extends DigitModelError {
  constructor() {
    super("TRAINING_CANCELLED", "training was cancelled");
  }
}
