import { apiError, fileTooLargeMessage, UploadRefusal, type ApiErrorCode } from "./errors.js";
import type { GraphQLError } from "graphql";

/** Where an upload failed: "request" before GraphQL runs (the whole body is refused), "file" as a resolver reads one file. */
export type UploadStage = "request" | "file";

export interface UploadFailure {
  code: ApiErrorCode;
  /** The HTTP status when the whole request is refused. */
  status: number;
  message: string;
}

/**
 * The one reading of upload failures: graphql-upload-minimal's HttpErrors (a status and a message),
 * the HTTP layer's own refusals (UploadRefusal: over a limit, too slow) and busboy's parse errors
 * (no status). A 413 is the one file over the limit for a resolver, the whole body before GraphQL.
 */
export function classifyUploadFailure(
  error: unknown,
  maxFileBytes: number,
  stage: UploadStage,
): UploadFailure {
  if (error instanceof UploadRefusal)
    return { code: error.code, status: error.status, message: error.message };
  const { status, message = "" } = (error ?? {}) as { status?: number; message?: string };
  if (status === 413 && /max file uploads/i.test(message)) return { code: "TOO_MANY_FILES", status, message };
  if (status === 413)
    return stage === "file"
      ? { code: "FILE_TOO_LARGE", status, message: fileTooLargeMessage(maxFileBytes) }
      : { code: "PAYLOAD_TOO_LARGE", status, message };
  if (status === 400 && /file missing/i.test(message) && stage === "file")
    return {
      code: "BAD_USER_INPUT",
      status,
      message: "A file referenced in the multipart 'map' field was not sent.",
    };
  if (status === 499)
    return {
      code: "UPLOAD_INTERRUPTED",
      status: 400,
      message:
        stage === "file"
          ? "The upload was interrupted before the file was complete."
          : "The request ended before the multipart body was complete.",
    };
  if (status !== undefined && stage === "file") return { code: "BAD_REQUEST", status, message };
  // No status (busboy could not parse the body), or a request-level error of any other kind.
  return {
    code: "BAD_REQUEST",
    status: 400,
    message: `Malformed multipart request: ${message || "unreadable body"}.`,
  };
}

/** An upload failure as a resolver reports it. */
export function uploadError(error: unknown, maxFileBytes: number): GraphQLError {
  const { code, message } = classifyUploadFailure(error, maxFileBytes, "file");
  return apiError(code, message);
}
