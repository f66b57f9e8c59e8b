import { describe, expect, it } from "vitest";
import { isReadableInView } from "./reveal";

// A phone: 844 px tall with a 112 px sticky header.
const VIEWPORT = 844;
const HEADER = 112;

describe("isReadableInView", () => {
  it("is false for a result below the fold", () => {
    expect(isReadableInView({ top: 900, bottom: 1500 }, VIEWPORT, HEADER)).toBe(false);
  });

  it("is false for a result that only peeks in at the bottom", () => {
    expect(isReadableInView({ top: 780, bottom: 1400 }, VIEWPORT, HEADER)).toBe(false);
  });

  it("is false when its top is hidden under the header", () => {
    expect(isReadableInView({ top: 60, bottom: 700 }, VIEWPORT, HEADER)).toBe(false);
  });

  it("is true for a tall result starting high enough", () => {
    expect(isReadableInView({ top: 300, bottom: 1400 }, VIEWPORT, HEADER)).toBe(true);
  });

  it("is true for a short result wholly on screen, even low down", () => {
    expect(isReadableInView({ top: 700, bottom: 820 }, VIEWPORT, HEADER)).toBe(true);
  });
});
