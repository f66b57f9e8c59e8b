import { isPreprocessError } from "@digit-lab/preprocess";
import { GraphQLError } from "graphql";
import type { ErrorCode } from "./generated/resolvers-types.js";

/** Every `extensions.code` the API sets itself: the schema's `ErrorCode` enum (anything else comes from Apollo). */
export type ApiErrorCode = Exclude<ErrorCode, "INTERNAL_SERVER_ERROR">;

export function apiError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** The code of an error the API raised on purpose, or undefined for anything unexpected. */
export function expectedErrorCode(error: unknown): ApiErrorCode | undefined {
  if (
    error instanceof GraphQLError &&
    typeof error.extensions.code === "string" &&
    error.extensions.code !== "INTERNAL_SERVER_ERROR"
  ) {
    return error.extensions.code as ApiErrorCode;
  }
  return undefined;
}

/** Preprocessing refusals keep their code and human message; anything else stays unexpected. */
export function toApiError(error: unknown): unknown {
  return isPreprocessError(error) ? apiError(error.code, error.message) : error;
}

/** An upload the HTTP layer stopped reading (over a limit, or too slow); resolvers report its code. */
export class UploadRefusal extends Error {
  override name = "UploadRefusal";

  constructor(
    readonly code: ApiErrorCode,
    /** The HTTP status when the refusal comes before GraphQL runs. */
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Bytes as people read them, with the exact count for scripts: "10 MiB (10485760 bytes)". */
export function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  const readable = mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${readable} (${bytes} bytes)`;
}

export function fileTooLargeMessage(limit: number): string {
  return `The file is larger than the limit of ${describeBytes(limit)}.`;
}
