import { describe, expect, it } from "vitest";
import { uncertainLabel } from "./uncertain-label";

describe("uncertainLabel", () => {
  it("names the more likely of 'not a digit' and the runner-up", () => {
    expect(uncertainLabel(0.3, { digit: 1, probability: 0.2 })).toBe(
      "Not sure: this may not be a digit (30%)",
    );
    expect(uncertainLabel(0.05, { digit: 1, probability: 0.25 })).toBe("Not sure: could be a 1 (25%)");
    expect(uncertainLabel(0, undefined)).toBe("Not sure");
  });
});
