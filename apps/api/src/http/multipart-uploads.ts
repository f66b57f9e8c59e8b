import type { Readable } from "node:stream";
import type { Request, RequestHandler, Response } from "express";
import { processRequest, Upload } from "graphql-upload-minimal";
import { describeBytes, fileTooLargeMessage, UploadRefusal } from "../errors.js";
import { classifyUploadFailure } from "../upload-failure.js";
import { HttpProblem, stopReading } from "./http-problem.js";

const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

/** A browser can send multipart/form-data cross-site without a CORS preflight; a custom header forces one. */
function hasPreflightHeader(req: Request): boolean {
  return PREFLIGHT_HEADERS.some((header) => (req.get(header) ?? "").length > 0);
}

function multipartProblem(error: unknown, maxFileSize: number): HttpProblem {
  const { status, code, message } = classifyUploadFailure(error, maxFileSize, "request");
  return new HttpProblem(status, code, message);
}

/** Every Upload the operations reference, wherever the map put it. */
function collectUploads(value: unknown, found: Upload[] = [], depth = 0): Upload[] {
  if (value instanceof Upload) found.push(value);
  else if (value !== null && typeof value === "object" && depth < 32) {
    for (const child of Object.values(value)) collectUploads(child, found, depth + 1);
  }
  return found;
}

/**
 * Parts no resolver read (an error came first, or the variable was unused) would stall the request
 * body; resume() discards them so the connection can be reused.
 */
function drainUploads(operations: unknown): void {
  for (const upload of collectUploads(operations)) {
    upload.promise.then(
      (file) => {
        try {
          file.createReadStream().resume();
        } catch {
          // Already read by a resolver, or cut off by an upload error: nothing left to drain.
        }
      },
      () => undefined,
    );
  }
}

/**
 * The multipart parser (busboy) as graphql-upload-minimal pipes the request into it. graphql-upload-minimal
 * handles only the parser's first 'error' (`once`), but destroying busboy after a parse error emits a
 * second one ("Unexpected end of form"), which would crash the process: a listener absorbs the repeats.
 */
function onParser(req: Request, use: (parser: NodeJS.WritableStream) => void): void {
  const pipe = req.pipe;
  req.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    destination.on("error", ignore);
    use(destination);
    return pipe.call(req, destination, options) as T;
  };
}

function ignore(): void {}

export interface MultipartOptions {
  maxFileSize: number;
  maxFiles: number;
  /** The whole body must arrive within this time (UPLOAD_TIMEOUT_MS). */
  timeoutMs: number;
}

/** Room for the operations and map fields (100 KB each at most) and the parts' headers. */
const FIELDS_ALLOWANCE = 256 * 1024;

/**
 * GraphQL multipart request spec (graphql-upload-minimal). Refuses before reading the body when the
 * CSRF preflight header is missing or Content-Length exceeds every file at its limit; stops reading
 * (and closes the connection after the answer) as soon as one file crosses the limit or the body is
 * too slow. Upload errors answer in GraphQL's error shape.
 */
export function multipartUploads({ maxFileSize, maxFiles, timeoutMs }: MultipartOptions): RequestHandler {
  const maxBody = maxFiles * maxFileSize + FIELDS_ALLOWANCE;
  return (req, res, next) => {
    if (!req.is("multipart/form-data")) return next();
    if (!hasPreflightHeader(req)) {
      return next(
        new HttpProblem(
          400,
          "BAD_REQUEST",
          "This multipart request was blocked as a potential cross-site request forgery: send the header `Apollo-Require-Preflight: true`.",
        ),
      );
    }
    const declared = Number(req.get("content-length"));
    if (declared > maxBody) {
      stopReading(req, res);
      return next(
        new HttpProblem(
          413,
          "PAYLOAD_TOO_LARGE",
          `The request body (${describeBytes(declared)}) is larger than ${maxFiles} files of at most ${describeBytes(maxFileSize)} each.`,
        ),
      );
    }
    const reading = watchBody(req, res, maxFileSize, timeoutMs);
    processRequest(req, res, { maxFileSize, maxFiles, maxFieldSize: 100_000 }).then(
      (operations) => {
        reading.parsed(collectUploads(operations));
        req.body = operations;
        // 'close' comes once: `on` spares once's wrapper.
        res.on("close", () => drainUploads(operations));
        next();
      },
      (error: unknown) => next(multipartProblem(error, maxFileSize)),
    );
  };
}

/**
 * Watches one multipart body as it streams: a file over the limit or a body slower than the timeout
 * ends the reading at once. Before the operations are parsed the whole request is refused; after,
 * the file being read and those not yet received fail with the reason, and the resolvers answer.
 */
function watchBody(
  req: Request,
  res: Response,
  maxFileSize: number,
  timeoutMs: number,
): { parsed(uploads: Upload[]): void } {
  let parser: NodeJS.WritableStream | undefined;
  let current: Readable | undefined;
  let uploads: Upload[] | undefined;
  let stopped = false;

  const stop = (refusal: UploadRefusal, forLater: UploadRefusal = refusal) => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    stopReading(req, res);
    if (!uploads) {
      (parser as unknown as { destroy(error: Error): void } | undefined)?.destroy(refusal);
      return;
    }
    if (current && !current.readableEnded) current.destroy(refusal);
    // Upload#reject is there at run time, though graphql-upload-minimal's typings leave it out.
    for (const upload of uploads)
      if (!upload.file) (upload as Upload & { reject(error: Error): void }).reject(forLater);
  };

  const timer = setTimeout(
    () =>
      stop(
        new UploadRefusal(
          "UPLOAD_TIMEOUT",
          408,
          `The upload did not arrive within ${timeoutMs / 1000} s; send it again on a faster connection.`,
        ),
      ),
    timeoutMs,
  );
  const done = () => clearTimeout(timer);
  // Each comes once: `on` spares once's wrappers.
  req.on("end", done);
  res.on("close", done);

  onParser(req, (destination) => {
    parser = destination;
    destination.on("file", (_field: string, stream: Readable) => {
      current = stream;
      stream.once("limit", () =>
        stop(
          new UploadRefusal("FILE_TOO_LARGE", 413, fileTooLargeMessage(maxFileSize)),
          new UploadRefusal(
            "PAYLOAD_TOO_LARGE",
            413,
            `This file was not read: an earlier file of the request is larger than the limit of ${describeBytes(maxFileSize)}.`,
          ),
        ),
      );
    });
  });

  return {
    parsed(found) {
      uploads = found;
    },
  };
}
