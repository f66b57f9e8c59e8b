import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { screenshot } from "./artifacts";
import { launchBrowser, openApp } from "./browser";
import { mnistDigitPng } from "./mnist-fixtures";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("Data page", () => {
  it(
    "a user's correction becomes a sample the admin sees on /data and can exclude",
    { timeout: 120_000 },
    async () => {
      // A user uploads a 5 and says it is a 3: the thanks says corrections train the next model.
      const { page: user } = await openApp(browser, "/");
      await user.getByRole("tab", { name: "Upload" }).click();
      await user
        .getByTestId("file-input")
        .setInputFiles({ name: "five.png", mimeType: "image/png", buffer: mnistDigitPng(5, 3) });
      await user.getByTestId("predicted-digit").waitFor();
      await user.getByRole("button", { name: "No, pick the digit" }).click();
      await user.getByRole("button", { name: "It is a 3" }).click();
      await expect
        .poll(() => user.getByTestId("feedback-status").textContent())
        .toBe("You corrected this to 3. Thanks: corrections like this one train the next model.");

      // Without the admin token, the page says what it needs.
      const { page: admin } = await openApp(browser, "/data");
      await admin.getByTestId("data-needs-admin").waitFor();
      await admin.goto("/training");
      await admin.getByTestId("admin-token-input").fill(inject("adminToken"));
      await admin.getByTestId("admin-token-save").click();
      await expect.poll(() => admin.getByTestId("admin-status").textContent()).toContain("Admin:");
      await admin.getByRole("tab", { name: "Data" }).click();
      await admin.waitForURL("**/data");
      const sample = admin.getByTestId("feedback-sample").filter({ hasText: "(read" }).first();
      await sample.waitFor();
      expect(await sample.textContent()).toMatch(/^3 \(read \d\)/);
      expect(await sample.locator("img").getAttribute("src")).toMatch(/^data:image\/png;base64,/);
      expect(await admin.getByTestId("feedback-counts").textContent()).toContain("corrected");
      await screenshot(admin, "data");
      await sample.getByTestId("toggle-sample").click();
      await expect.poll(() => sample.getAttribute("data-status")).toBe("EXCLUDED");
      await admin.reload();
      const excluded = admin.locator('[data-testid="feedback-sample"][data-status="EXCLUDED"]');
      await excluded.first().waitFor();
      expect(await excluded.count()).toBeGreaterThan(0);
    },
  );
});
