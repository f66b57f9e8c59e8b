import { describe, expect, it } from "vitest";
import { formatProgress } from "./format";

describe("formatProgress", () => {
  it("never says 100% before the end", () => {
    expect(formatProgress(0.9996)).toBe("99%");
    expect(formatProgress(1)).toBe("100%");
    expect(formatProgress(0.7)).toBe("70%");
    expect(formatProgress(0.29)).toBe("29%");
    expect(formatProgress(-0.1)).toBe("0%");
  });
});
