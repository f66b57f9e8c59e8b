import { describe, expect, it } from "vitest";
import { alignedMatches } from "./evaluate-numbers.js";

describe("alignedMatches", () => {
  it("counts digits in place under the cheapest edit", () => {
    expect(alignedMatches("2370", "2370")).toBe(4);
    expect(alignedMatches("2370", "23170")).toBe(4);
    expect(alignedMatches("2370", "270")).toBe(3);
    expect(alignedMatches("2370", "2470")).toBe(3);
    expect(alignedMatches("12", "")).toBe(0);
  });
});
