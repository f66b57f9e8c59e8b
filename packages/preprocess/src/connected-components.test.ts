import { describe, expect, it } from "vitest";
import { labelComponents, rootOf } from "./connected-components.js";

function grid(rows: string[]): { values: Float32Array; width: number; height: number } {
  const width = rows[0]!.length;
  const values = Float32Array.from(rows.join(""), (c) => (c === "#" ? 1 : c === "+" ? 0.4 : 0));
  return { values, width, height: rows.length };
}

describe("labelComponents", () => {
  it("joins diagonal neighbours and U shapes into one component", () => {
    const { values, width, height } = grid(["#...#", ".#..#", "..#.#", "...##"]);
    const { components } = labelComponents(values, width, height, 0.3, 0.9);
    expect(components).toHaveLength(1);
    expect(components[0]).toMatchObject({ area: 8, box: { x: 0, y: 0, width: 5, height: 4 } });
  });

  it("keeps faint pixels attached to strong ones and drops faint-only regions", () => {
    const { values, width, height } = grid(["#++...", "......", "...+++", "......", "#....#"]);
    const labelling = labelComponents(values, width, height, 0.3, 0.9);
    expect(labelling.components.map((c) => c.area).sort()).toEqual([1, 1, 3]);
    expect(rootOf(labelling, labelling.provisional[2 * width + 3]!)).not.toBe(0);
    expect(labelling.components.some((c) => c.label === rootOf(labelling, labelling.provisional[2 * width + 3]!))).toBe(false);
  });
});
