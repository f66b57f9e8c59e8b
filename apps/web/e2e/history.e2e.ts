import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshot } from "./artifacts";
import { openApp, openForFile } from "./browser";
import { drawOnCanvas, SEVEN } from "./draw";
import { mnistDigitPng } from "./mnist-fixtures";
import { focused, hasFocusWithin } from "./page-state";

let browser: Browser;
let page: Page;
openForFile("/", (app) => ({ browser, page } = app));

const items = () => page.getByTestId("history-item");
const digits = () => items().getByTestId("history-digit").allTextContents();

async function showHistory() {
  await page.getByRole("tab", { name: "History" }).click();
  await page.waitForURL("**/history");
  await items().first().waitFor();
}

describe("History page", () => {
  it("lists this browser's uploads and drawings, newest first", async () => {
    await page.getByRole("tab", { name: "Upload" }).click();
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "two.png", mimeType: "image/png", buffer: mnistDigitPng(2) });
    await expect.poll(() => page.getByTestId("predicted-digit").textContent()).toBe("2");
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "four.png", mimeType: "image/png", buffer: mnistDigitPng(4) });
    await expect.poll(() => page.getByTestId("predicted-digit").textContent()).toBe("4");
    await page.getByRole("tab", { name: "Draw" }).click();
    await drawOnCanvas(page, SEVEN);
    await page.getByTestId("predict-button").click();
    await expect.poll(() => page.getByTestId("predicted-digit").textContent()).toBe("7");

    await showHistory();
    await expect.poll(digits).toEqual(["7", "4", "2"]);
    expect(await page.getByTestId("history-count").textContent()).toBe("3 predictions");
    const first = items().first();
    expect(await first.textContent()).toContain("drawing.png");
    expect(await first.locator("img").getAttribute("src")).toMatch(/^data:image\//);
    await screenshot(page, "history");
  });

  it("opens a prediction to show its probabilities and corrects it", async () => {
    await items()
      .filter({ hasText: "four.png" })
      .getByRole("button", { name: /^Open prediction/ })
      .click();
    const dialog = page.getByTestId("prediction-dialog");
    await dialog.getByTestId("probability-chart").waitFor();
    await dialog.getByRole("switch", { name: "Show all ten" }).check();
    expect(await dialog.getByTestId("probability-bar").count()).toBe(10);
    await screenshot(page, "history-open");

    await dialog.getByRole("button", { name: "No, pick the digit" }).click();
    await dialog.getByRole("button", { name: "It is a 9" }).click();
    await expect
      .poll(() => dialog.getByTestId("feedback-status").textContent())
      .toContain("You corrected this to 9");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect
      .poll(() => items().filter({ hasText: "four.png" }).getByTestId("correction").textContent())
      .toBe("corrected to 9");
  });

  it("filters by corrected and by digit", async () => {
    await page.getByRole("button", { name: "Corrected", exact: true }).click();
    await expect.poll(digits).toEqual(["4"]);
    await page.getByRole("button", { name: "Not corrected" }).click();
    await expect.poll(digits).toEqual(["7", "2"]);
    await page.getByRole("button", { name: "All", exact: true }).click();
    await page.getByRole("combobox", { name: "Digit" }).selectOption("2");
    await expect.poll(digits).toEqual(["2"]);
    await screenshot(page, "history-filtered");
    await page.getByRole("combobox", { name: "Digit" }).selectOption({ label: "Any digit" });
    await expect.poll(digits).toEqual(["7", "4", "2"]);
  });

  it("deletes a prediction with a moment to undo it, then for good", async () => {
    const two = () => items().filter({ hasText: "two.png" });
    await two().getByTestId("delete-prediction").click();
    await page.getByTestId("confirm-delete").click();
    await expect.poll(digits).toEqual(["7", "4"]);
    expect(await page.getByTestId("history-count").textContent()).toBe("2 predictions");
    await page.getByTestId("confirm-delete").waitFor({ state: "detached" });
    expect(await focused(page)).not.toBe("body");
    await page.getByTestId("undo-delete").click();
    await expect.poll(digits).toEqual(["7", "4", "2"]);
    await expect.poll(() => hasFocusWithin(two())).toBe(true);
    expect(await page.getByTestId("history-count").textContent()).toBe("3 predictions");

    await two().getByTestId("delete-prediction").click();
    await page.getByTestId("confirm-delete").click();
    await expect.poll(digits).toEqual(["7", "4"]);
    const deleted = page.waitForResponse(
      (r) => r.url().endsWith("/graphql") && (r.request().postData() ?? "").includes("deletePrediction"),
    );
    await page.getByTestId("dismiss-undo").click();
    await deleted;
    await page.getByTestId("undo-delete-snackbar").waitFor({ state: "detached" });
    expect(await focused(page)).not.toBe("body");
    await page.reload();
    await items().first().waitFor();
    await expect.poll(digits).toEqual(["7", "4"]);
  });

  it("keeps each browser's history to itself", async () => {
    const { page: other, context } = await openApp(browser, "/history");
    await other.getByTestId("history-empty").waitFor();
    expect(await other.getByTestId("history-item").count()).toBe(0);
    await context.close();
  });
});
