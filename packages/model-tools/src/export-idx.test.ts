import { describe, expect, it } from "vitest";
import { IMAGE_PIXELS, parseIdxImages, parseIdxLabels } from "@digit-lab/model";
import { encodeIdx } from "./export-idx.js";

describe("encodeIdx", () => {
  it("writes files MNIST's reader reads back unchanged", () => {
    const images = Uint8Array.from({ length: 3 * IMAGE_PIXELS }, (_, i) => (i * 7) % 256);
    const labels = Uint8Array.from([3, 0, 9]);
    const encoded = encodeIdx({ count: 3, images, labels });
    const parsed = parseIdxImages(encoded.images, "images");
    expect(parsed).toMatchObject({ count: 3, rows: 28, cols: 28 });
    expect(Array.from(parsed.pixels)).toEqual(Array.from(images));
    expect(Array.from(parseIdxLabels(encoded.labels, "labels"))).toEqual([3, 0, 9]);
  });
});
