import { describe, expect, it } from "vitest";
import { adjustStrokes, estimateStrokeWidth, squaredDistanceTo, type Mask } from "./stroke-width.js";

function bar(width: number, height: number, thickness: number, angle = 0): Mask {
  const data = new Uint8Array(width * height);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x + 0.5 - width / 2;
      const dy = y + 0.5 - height / 2;
      const across = -dx * sin + dy * cos;
      const along = dx * cos + dy * sin;
      if (Math.abs(across) <= thickness / 2 && Math.abs(along) <= width * 0.35) data[y * width + x] = 1;
    }
  }
  return { width, height, data };
}

describe("stroke width", () => {
  // The pi/4 edge correction is exact on average over directions: axis-aligned outlines read up
  // to 27% wide, diagonal ones ~12% narrow. MNIST's reference widths were measured the same way.
  it.each([0, Math.PI / 6, Math.PI / 4])("reads a 6 px bar as 5 to 7.7 px wide at %f rad", (angle) => {
    expect(estimateStrokeWidth(bar(120, 120, 6, angle))).toBeGreaterThan(5);
    expect(estimateStrokeWidth(bar(120, 120, 6, angle))).toBeLessThan(7.7);
  });

  it("computes exact Euclidean distances", () => {
    const mask = bar(40, 30, 4, 0.4);
    const fast = squaredDistanceTo(mask, 1);
    for (let y = 0; y < mask.height; y += 3) {
      for (let x = 0; x < mask.width; x += 3) {
        let best = Infinity;
        for (let i = 0; i < mask.data.length; i++) if (mask.data[i]) best = Math.min(best, (i % 40 - x) ** 2 + (Math.floor(i / 40) - y) ** 2);
        expect(fast[y * mask.width + x]).toBe(best);
      }
    }
  });

  it("grows and thins strokes by the requested radius", () => {
    const mask = bar(120, 120, 8, 0.3);
    expect(Math.abs(estimateStrokeWidth(adjustStrokes(mask, 3)) - estimateStrokeWidth(bar(120, 120, 14, 0.3)))).toBeLessThan(0.8);
    expect(Math.abs(estimateStrokeWidth(adjustStrokes(mask, -2)) - estimateStrokeWidth(bar(120, 120, 4, 0.3)))).toBeLessThan(0.8);
  });
});
