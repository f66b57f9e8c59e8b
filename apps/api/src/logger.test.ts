import { describe, expect, it } from "vitest";
import { prettyLine } from "./logger.js";

const at = new Date(2026, 10, 30, 9, 5, 7).getTime();

describe("prettyLine", () => {
  it("prints a request as one terse line: time, level, message, and no request or response objects", () => {
    const json = JSON.stringify({
      level: 30,
      time: at,
      pid: 1,
      hostname: "h",
      service: "digit-lab-api",
      req: { id: "x", method: "POST", url: "/graphql" },
      res: { statusCode: 200 },
      responseTime: 12,
      msg: "POST /graphql Predict 200 12 ms",
    });
    expect(prettyLine(json, false)).toBe("09:05:07 INFO  POST /graphql Predict 200 12 ms\n");
  });

  it("keeps other fields as key=value, colours levels on a terminal, and indents an error's stack", () => {
    const json = JSON.stringify({
      level: 50,
      time: at,
      msg: "could not store",
      model: "compact-1",
      path: ["a b"],
      err: { message: "boom", stack: "Error: boom\n    at x" },
    });
    expect(prettyLine(json, false)).toBe(
      '09:05:07 ERROR could not store model=compact-1 path=["a b"]\n    Error: boom\n        at x\n',
    );
    expect(prettyLine(json, true)).toContain("\u001b[31mERROR\u001b[0m");
  });

  it("passes through what is not JSON", () => {
    expect(prettyLine("plain text", false)).toBe("plain text");
  });
});
