import { basename } from "node:path";
import type { FileUpload } from "graphql-upload-minimal";
import { apiError, fileTooLargeMessage, UploadRefusal } from "../errors.js";

export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
}

interface UploadFailure {
  status?: number;
  message?: string;
}

/**
 * graphql-upload-minimal reports problems as HttpErrors with a status, and the HTTP layer its own
 * refusals (over a limit, too slow); give each a stable code.
 */
function uploadError(error: unknown, maxBytes: number): Error {
  if (error instanceof UploadRefusal) return apiError(error.code, error.message);
  const { status, message = "" } = (error ?? {}) as UploadFailure;
  if (status === 413 && /max file uploads/i.test(message)) return apiError("TOO_MANY_FILES", message);
  if (status === 413) return apiError("FILE_TOO_LARGE", fileTooLargeMessage(maxBytes));
  if (status === 400 && /file missing/i.test(message)) {
    return apiError("BAD_USER_INPUT", "A file referenced in the multipart 'map' field was not sent.");
  }
  if (status === 499)
    return apiError("UPLOAD_INTERRUPTED", "The upload was interrupted before the file was complete.");
  if (status !== undefined) return apiError("BAD_REQUEST", message);
  // No status: busboy could not parse the multipart body.
  return apiError("BAD_REQUEST", `Malformed multipart request: ${message || "unreadable body"}.`);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A client-chosen name, reduced to something safe to store and show. */
export function cleanFileName(name: string | undefined): string {
  const cleaned = basename((name ?? "").replaceAll("\\", "/"))
    .replace(CONTROL_CHARACTERS, "")
    .trim();
  return cleaned.slice(0, 255) || "upload";
}

/** Waits for the multipart part of one Upload variable; refusals become GraphQLErrors. */
export async function openUpload(upload: Promise<FileUpload>, maxBytes: number): Promise<FileUpload> {
  try {
    return await upload;
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
}

/**
 * Reads one file completely into memory. The HTTP layer destroys a file's stream as soon as it
 * crosses the limit (multipart-uploads.ts); `truncated` is checked too, should busboy end it first.
 */
export async function readUpload(file: FileUpload, maxBytes: number): Promise<ReceivedFile> {
  const chunks: Buffer[] = [];
  let truncated: boolean;
  try {
    const stream = file.createReadStream();
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    truncated = (stream as { truncated?: boolean }).truncated === true;
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  if (truncated) throw apiError("FILE_TOO_LARGE", fileTooLargeMessage(maxBytes));
  return { fileName: cleanFileName(file.filename), bytes: Buffer.concat(chunks) };
}
