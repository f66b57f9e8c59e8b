import type { Request, Response } from "express";
import type { ApiErrorCode } from "../errors.js";

/** A request refused before GraphQL runs, answered in GraphQL's error shape so clients parse one format. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode | "INTERNAL_SERVER_ERROR",
    message: string,
  ) {
    super(message);
    this.name = "HttpProblem";
  }
}

export function sendProblem(res: Response, problem: HttpProblem): void {
  if (res.headersSent) return;
  res
    .status(problem.status)
    .json({ errors: [{ message: problem.message, extensions: { code: problem.code } }] });
}

/**
 * Reads no more of this request's body and closes the connection after the answer. Without it Node
 * reads (and discards) the rest of the body after the response, to reuse the connection.
 */
export function stopReading(req: Request, res: Response): void {
  req.unpipe();
  req.pause();
  // Node resumes an unread body after the response (IncomingMessage#_dump), and so does graphql-upload-minimal.
  req.resume = () => req;
  if (!res.headersSent) res.setHeader("connection", "close");
}
