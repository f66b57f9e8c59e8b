import { basename } from "node:path";
import { finished } from "node:stream";
import type { FileUpload } from "graphql-upload-minimal";
import { apiError, fileTooLargeMessage } from "../errors.js";
import { uploadError } from "../upload-failure.js";

export interface ReceivedFile {
  fileName: string;
  bytes: Buffer;
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
  let bytes: Buffer;
  let truncated: boolean;
  try {
    const stream = file.createReadStream();
    // Listeners rather than `for await`, whose async iterator cost a promise per chunk; the same errors.
    bytes = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer | string) => void chunks.push(chunk as Buffer));
      finished(stream, (error) => (error ? reject(error) : resolve(Buffer.concat(chunks))));
    });
    truncated = (stream as { truncated?: boolean }).truncated === true;
  } catch (error) {
    throw uploadError(error, maxBytes);
  }
  if (truncated) throw apiError("FILE_TOO_LARGE", fileTooLargeMessage(maxBytes));
  return { fileName: cleanFileName(file.filename), bytes };
}
