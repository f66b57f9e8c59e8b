import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshot } from "./artifacts";
import { launchBrowser, openApp } from "./browser";
import { drawOnCanvas, SEVEN } from "./draw";
import { mnistDigitPng } from "./mnist-fixtures";
import { focused, hasFocusWithin, isInView, textOverlaps } from "./page-state";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const SIZES = [
  { name: "phone", options: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } },
  { name: "desktop", options: { viewport: { width: 1280, height: 900 } } },
] as const;

describe.each(SIZES)("At $name size", ({ name, options }) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await openApp(browser, "/", options));
  });

  afterAll(async () => {
    await context?.close();
  });

  const results = () => page.getByTestId("recognition-results");

  it("brings a drawing's result into view and focuses it, with 'confident' clear of the thumbnails", async () => {
    expect(await page.getByTestId("predict-button").isDisabled()).toBe(true);
    await drawOnCanvas(page, SEVEN);
    await page.getByTestId("predict-button").click();
    await expect.poll(() => page.getByTestId("predicted-digit").textContent()).toBe("7");
    await expect.poll(() => hasFocusWithin(results())).toBe(true);
    await expect.poll(() => isInView(page.getByTestId("predicted-digit"))).toBe(true);
    expect(await isInView(page.getByTestId("confidence"))).toBe(true);
    const confidence = page.getByTestId("confidence");
    expect(await textOverlaps(confidence, page.getByTestId("normalized-image"))).toBe(false);
    expect(await textOverlaps(confidence, page.getByAltText(/^Your upload/))).toBe(false);
    if (name === "phone") await page.screenshot({ path: "/tmp/web-phone.png" });
    await screenshot(page, `viewport-${name}-result`);
  });

  it("hands focus on through the feedback: the digits, then the thanks", async () => {
    await page.getByRole("button", { name: "No, pick the digit" }).click();
    await expect.poll(() => focused(page)).toBe("[It is a 0]");
    await page.getByRole("button", { name: "It is a 1" }).click();
    await expect.poll(() => focused(page)).toBe("feedback-status");
    expect(await page.getByTestId("feedback-status").textContent()).toContain("You corrected this to 1");
  });

  it("shows a solid focus ring on a filled button reached with the keyboard", async () => {
    await page.getByRole("slider").focus();
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("predict-button");
    const ring = await page.getByTestId("predict-button").evaluate((el) => ({
      style: getComputedStyle(el).outlineStyle,
      width: getComputedStyle(el).outlineWidth,
    }));
    expect(ring.style).toBe("solid");
    expect(Number.parseFloat(ring.width)).toBeGreaterThanOrEqual(2);
  });

  it("clears the drawing's result on the Upload tab, and keeps focus off <body> after an upload", async () => {
    await page.getByRole("tab", { name: "Upload" }).click();
    expect(await page.getByTestId("predicted-digit").count()).toBe(0);
    await page
      .getByTestId("file-input")
      .setInputFiles({ name: "two.png", mimeType: "image/png", buffer: mnistDigitPng(2) });
    await expect.poll(() => page.getByTestId("predicted-digit").textContent()).toBe("2");
    await expect.poll(() => hasFocusWithin(results())).toBe(true);
    await expect.poll(() => isInView(page.getByTestId("predicted-digit"))).toBe(true);
    await page.getByRole("tab", { name: "Draw" }).click();
    expect(await page.getByTestId("predicted-digit").count()).toBe(0);
  });

  it("keeps the history filters in the URL, through a reload, on the digit as corrected", async () => {
    const digits = () => page.getByTestId("history-digit").allTextContents();
    await page.goto("/history");
    await expect.poll(digits).toEqual(["2", "7"]);
    await page.getByRole("combobox", { name: "Digit" }).selectOption("1");
    // The 7 drawn above was corrected to 1, so it is found under 1.
    await expect.poll(() => new URL(page.url()).search).toBe("?digit=1");
    await expect.poll(digits).toEqual(["7"]);
    await page.getByRole("button", { name: "Corrected", exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe("?digit=1&corrected=true");

    await page.reload();
    await expect.poll(digits).toEqual(["7"]);
    expect(await page.getByRole("combobox", { name: "Digit" }).inputValue()).toBe("1");
    expect(
      await page.getByRole("button", { name: "Corrected", exact: true }).getAttribute("aria-pressed"),
    ).toBe("true");

    // A shared link opens already filtered.
    await page.goto("/history?digit=7");
    await page.getByTestId("history-empty").waitFor();
    await page.goto("/history?digit=2");
    await expect.poll(digits).toEqual(["2"]);
    await screenshot(page, `viewport-${name}-history-filtered`);
  });
});
