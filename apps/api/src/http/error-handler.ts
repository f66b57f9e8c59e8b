import type { ErrorRequestHandler } from "express";
import { INTERNAL_ERROR_MESSAGE } from "../graphql/format-error.js";
import { HttpProblem, sendProblem, stopReading } from "./http-problem.js";

interface BodyParserError {
  type?: string;
  status?: number;
}

/** Errors raised before Apollo runs (body parsing, auth, multipart), in GraphQL's error shape. */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (error instanceof HttpProblem) return sendProblem(res, error);
  const { type, status } = (error ?? {}) as BodyParserError;
  if (type === "entity.too.large") {
    stopReading(req, res);
    return sendProblem(res, new HttpProblem(413, "PAYLOAD_TOO_LARGE", "The request body is too large."));
  }
  if (type === "entity.parse.failed")
    return sendProblem(res, new HttpProblem(400, "BAD_REQUEST", "The request body is not valid JSON."));
  if (typeof status === "number" && status >= 400 && status < 500) {
    return sendProblem(res, new HttpProblem(status, "BAD_REQUEST", "The request could not be read."));
  }
  req.log.error({ err: error }, "unexpected error outside GraphQL");
  sendProblem(res, new HttpProblem(500, "INTERNAL_SERVER_ERROR", INTERNAL_ERROR_MESSAGE));
};
