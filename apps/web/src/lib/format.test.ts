import { describe, expect, it } from "vitest";
import { formatElapsed, formatProgress } from "./format";

describe("formatProgress", () => {
  it("never says 100% before the end", () => {
    expect(formatProgress(0.9996)).toBe("99%");
    expect(formatProgress(1)).toBe("100%");
    expect(formatProgress(0.7)).toBe("70%");
    expect(formatProgress(0.29)).toBe("29%");
    expect(formatProgress(-0.1)).toBe("0%");
  });
});

describe("formatElapsed", () => {
  it("counts whole seconds, then minutes, then hours", () => {
    expect(formatElapsed(753)).toBe("0 s");
    expect(formatElapsed(59_999)).toBe("59 s");
    expect(formatElapsed(245_000)).toBe("4 min 05 s");
    expect(formatElapsed(3_725_000)).toBe("1 h 02 min");
  });
});
