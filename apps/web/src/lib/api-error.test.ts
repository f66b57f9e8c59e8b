import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { apiErrorFrom } from "./api-error";

function serverError(status: number, bodyText: string): ServerError {
  return new ServerError("Response not successful", {
    response: new Response(bodyText, { status }),
    bodyText,
  });
}

describe("apiErrorFrom", () => {
  it("reads the code of the first GraphQL error", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: "No digit found: blank", extensions: { code: "NO_DIGIT_FOUND" } }],
    });
    expect(apiErrorFrom(error)).toEqual({ code: "NO_DIGIT_FOUND", message: "No digit found: blank" });
  });

  it("reads the code from an HTTP error's JSON body", () => {
    const body = JSON.stringify({
      errors: [{ message: "The request body is too large.", extensions: { code: "PAYLOAD_TOO_LARGE" } }],
    });
    expect(apiErrorFrom(serverError(413, body))).toEqual({
      code: "PAYLOAD_TOO_LARGE",
      message: "The request body is too large.",
    });
  });

  it("falls back to the HTTP status when the body says nothing", () => {
    expect(apiErrorFrom(serverError(429, "Too Many Requests")).code).toBe("RATE_LIMITED");
    expect(apiErrorFrom(serverError(500, "<html>")).code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("treats a failed fetch as a network error", () => {
    expect(apiErrorFrom(new TypeError("Failed to fetch")).code).toBe("NETWORK_ERROR");
  });
});
