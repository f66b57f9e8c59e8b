import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./artifacts";
import { openForFile } from "./browser";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import type { Path } from "./draw";
import { mnistDigitPng } from "./mnist-fixtures";

let page: Page;
openForFile("/", (app) => ({ page } = app));

// Digits in a unit box (x right, y down), written clearly like the one-digit tests' strokes.
const DIGITS: Record<string, Path[]> = {
  "7": [
    [
      [0.1, 0.05],
      [0.9, 0.05],
      [0.6, 0.5],
      [0.4, 0.95],
    ],
  ],
  "2": [
    [
      [0.1, 0.25],
      [0.3, 0.05],
      [0.7, 0.05],
      [0.9, 0.25],
      [0.8, 0.5],
      [0.1, 0.95],
      [0.95, 0.95],
    ],
  ],
  "4": [
    [
      [0.65, 0.05],
      [0.05, 0.65],
      [0.95, 0.65],
    ],
    [
      [0.7, 0.3],
      [0.7, 1],
    ],
  ],
};

/** Writes `value` on the number pad, one digit per cell, each in a box ~0.45 pad heights wide and 0.7 tall. */
async function writeNumber(page: Page, value: string): Promise<void> {
  const canvas = page.getByTestId("number-canvas");
  const box = await canvas.boundingBox();
  if (!box) throw new Error("number canvas is not visible");
  const cell = 0.28;
  const left = (1 - cell * value.length) / 2;
  for (const [i, char] of [...value].entries()) {
    for (const stroke of DIGITS[char] ?? []) {
      const at = ([u, v]: [number, number]) =>
        [
          box.x + (left + i * cell + 0.03 + u * 0.2) * box.width,
          box.y + (0.15 + v * 0.7) * box.height,
        ] as const;
      const [first, ...rest] = stroke;
      if (!first) continue;
      await page.mouse.move(...at(first));
      await page.mouse.down();
      for (const point of rest) await page.mouse.move(...at(point), { steps: 12 });
      await page.mouse.up();
    }
  }
}

/** MNIST test digits side by side on white paper, as one PNG: a photographed number. */
async function mnistNumberPng(value: string): Promise<Buffer> {
  const digits = await Promise.all([...value].map((char) => loadImage(mnistDigitPng(Number(char)))));
  const side = digits[0]!.height;
  const canvas = createCanvas(side * digits.length, side);
  const ctx = canvas.getContext("2d");
  digits.forEach((digit, i) => ctx.drawImage(digit, i * side, 0));
  return canvas.toBuffer("image/png");
}

describe("Number mode", () => {
  it("reads a written three-digit number, boxes each digit, and takes a correction into the history", async () => {
    await page.getByRole("tab", { name: "Number" }).click();
    await page.getByTestId("number-canvas").waitFor();
    await writeNumber(page, "724");
    await page.getByTestId("read-number-button").click();
    await expect.poll(() => page.getByTestId("number-value").textContent()).toBe("724");
    expect(await page.getByTestId("digit-box").count()).toBe(3);
    expect(await page.getByTestId("number-digit").count()).toBe(3);
    expect(await page.getByTestId("number-digit").getByTestId("probability-chart").count()).toBe(3);
    // Boxes sit left to right over the image.
    const lefts = await page
      .getByTestId("digit-box")
      .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    await screenshot(page, "number-read");

    await page.getByTestId("correct-number-input").fill("725");
    await page.getByRole("button", { name: "Save correction" }).click();
    await expect
      .poll(() => page.getByTestId("number-feedback-status").textContent())
      .toContain("recorded 725");

    await page.goto("/history?kind=numbers");
    await page.getByTestId("number-history-item").first().waitFor();
    expect(await page.getByTestId("number-history-value").allTextContents()).toEqual(["724"]);
    expect(await page.getByTestId("number-history-item").textContent()).toContain("corrected to 725");
    await page.getByTestId("delete-number").click();
    await page.getByTestId("number-history-empty").waitFor();
  });

  it("reads an uploaded photo of MNIST test digits", async () => {
    await page.goto("/");
    await page.getByRole("tab", { name: "Number" }).click();
    await page.getByRole("radio", { name: "Upload a photo" }).click();
    await page
      .getByTestId("number-mode")
      .getByTestId("file-input")
      .setInputFiles({ name: "305.png", mimeType: "image/png", buffer: await mnistNumberPng("305") });
    await expect.poll(() => page.getByTestId("number-value").textContent()).toBe("305");
    expect(await page.getByTestId("digit-box").count()).toBe(3);
  });

  it("clears the pad and refuses an empty read", async () => {
    await page.goto("/");
    await page.getByRole("tab", { name: "Number" }).click();
    await page.getByTestId("number-canvas").waitFor();
    expect(await page.getByTestId("read-number-button").isDisabled()).toBe(true);
    await writeNumber(page, "7");
    expect(await page.getByTestId("read-number-button").isDisabled()).toBe(false);
    await page.getByTestId("clear-number").click();
    expect(await page.getByTestId("read-number-button").isDisabled()).toBe(true);
  });
});
