import type { Request, RequestHandler } from "express";
import { processRequest, Upload } from "graphql-upload-minimal";
import { HttpProblem } from "./http-problem.js";

const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"];

/** A browser can send multipart/form-data cross-site without a CORS preflight; a custom header forces one. */
function hasPreflightHeader(req: Request): boolean {
  return PREFLIGHT_HEADERS.some((header) => (req.get(header) ?? "").length > 0);
}

function multipartProblem(error: unknown): HttpProblem {
  const { status, message = "" } = (error ?? {}) as { status?: number; message?: string };
  if (status === 413 && /max file uploads/i.test(message))
    return new HttpProblem(413, "TOO_MANY_FILES", message);
  if (status === 413) return new HttpProblem(413, "PAYLOAD_TOO_LARGE", message);
  if (status === 499)
    return new HttpProblem(
      400,
      "UPLOAD_INTERRUPTED",
      "The request ended before the multipart body was complete.",
    );
  return new HttpProblem(400, "BAD_REQUEST", `Malformed multipart request: ${message}`);
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
 * graphql-upload-minimal handles only the parser's first 'error' (`once`), but destroying busboy
 * after a parse error emits a second one ("Unexpected end of form"), which would crash the process.
 * A listener on the parser, attached as the request is piped into it, absorbs the repeats.
 */
function guardParserErrors(req: Request): void {
  const pipe = req.pipe.bind(req);
  req.pipe = <T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T => {
    destination.on("error", () => undefined);
    return pipe(destination, options);
  };
}

export interface MultipartOptions {
  maxFileSize: number;
  maxFiles: number;
}

/**
 * GraphQL multipart request spec (graphql-upload-minimal). Refuses before reading the body when the
 * CSRF preflight header is missing; upload errors answer in GraphQL's error shape.
 */
export function multipartUploads({ maxFileSize, maxFiles }: MultipartOptions): RequestHandler {
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
    guardParserErrors(req);
    processRequest(req, res, { maxFileSize, maxFiles, maxFieldSize: 100_000 }).then(
      (operations) => {
        req.body = operations;
        res.once("close", () => drainUploads(operations));
        next();
      },
      (error: unknown) => next(multipartProblem(error)),
    );
  };
}
