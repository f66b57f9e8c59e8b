import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
for (const [name, opts] of [["desk", { viewport: { width: 1280, height: 900 } }], ["phone", { viewport: { width: 390, height: 844 }, isMobile: true, colorScheme: "dark" as const }]] as const) {
  const ctx = await browser.newContext({ baseURL: "http://127.0.0.1:3600", ...opts });
  const page = await ctx.newPage();
  await page.goto("/training");
  await page.evaluate(() => localStorage.setItem("digit-lab.admin-token", "x".repeat(20)));
  await page.reload();
  await page.getByTestId("training-run").first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/mockapi/training-${name}.png`, fullPage: true });
  await page.goto("/training/1");
  await page.getByTestId("learning-curves").locator("svg").first().waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/mockapi/run-${name}.png`, fullPage: true });
  await ctx.close();
}
await browser.close();
