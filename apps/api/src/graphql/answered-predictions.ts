import type { GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type { NumberReadingRow, PredictionRow } from "../db/schema.js";
import type { GraphQLContext } from "./context.js";
import { INTERNAL_ERROR_MESSAGE } from "./format-error.js";

type ResponsePath = ReadonlyArray<string | number>;

/**
 * The predictions one request made, kept until its response is built: a row is stored only when
 * the response carries it (an error that nulls its field, e.g. a sibling field's failure under a
 * non-null root, would otherwise leave a row whose id the client never saw).
 */
export class AnsweredPredictions {
  private readonly made: Array<{ path: ResponsePath; row: PredictionRow }> = [];
  private readonly numbers: Array<{ path: ResponsePath; row: NumberReadingRow }> = [];

  /** A row to store once the response has a value at `path` (where the Prediction is answered). */
  add(path: ResponsePath, row: PredictionRow): void {
    this.made.push({ path, row });
  }

  /** A number reading to store once the response has a value at `path`. */
  addNumber(path: ResponsePath, row: NumberReadingRow): void {
    this.numbers.push({ path, row });
  }

  get isEmpty(): boolean {
    return this.made.length === 0 && this.numbers.length === 0;
  }

  /** The rows whose prediction the response data carries. */
  answeredIn(data: unknown): PredictionRow[] {
    return this.made.filter(({ path }) => valueAt(data, path) != null).map(({ row }) => row);
  }

  /** The number readings the response data carries. */
  numbersAnsweredIn(data: unknown): NumberReadingRow[] {
    return this.numbers.filter(({ path }) => valueAt(data, path) != null).map(({ row }) => row);
  }
}

function valueAt(data: unknown, path: ResponsePath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Stores what the response answers, before the response leaves: a client that reads an id can use
 * it at once. If storing fails, the answer becomes an internal error rather than ids that find nothing.
 */
export async function storeAnsweredPredictions({
  response,
  contextValue,
}: GraphQLRequestContextWillSendResponse<GraphQLContext>): Promise<void> {
  // `log` is read only on failure: the request's child logger is made only when it is used.
  const { answered, caller, services } = contextValue;
  if (answered.isEmpty || response.body.kind !== "single") return;
  const result = response.body.singleResult;
  const rows = answered.answeredIn(result.data);
  const numbers = answered.numbersAnsweredIn(result.data);
  if (rows.length === 0 && numbers.length === 0) return;
  try {
    // Only now: a browser session gets its owner row with its first stored prediction.
    const ownerId = (await caller.ownerForWrite()) ?? null;
    await Promise.all([
      rows.length > 0 ? services.predictions.insert(rows.map((row) => ({ ...row, ownerId }))) : undefined,
      numbers.length > 0 ? services.numbers.insert(numbers.map((row) => ({ ...row, ownerId }))) : undefined,
    ]);
  } catch (error) {
    contextValue.log.error({ err: error }, "could not store the predictions of a response");
    result.data = null;
    result.errors = [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: "INTERNAL_SERVER_ERROR" } }];
  }
}
