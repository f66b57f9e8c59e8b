import type { Response } from "express";
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
