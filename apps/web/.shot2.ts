import { chromium } from "playwright-core";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const ctx = await browser.newContext({ baseURL: "http://127.0.0.1:3600", viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto("/training/1");
await page.getByTestId("learning-curves").locator("svg").first().waitFor();
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const out: string[] = [`scrollWidth ${document.documentElement.scrollWidth}`];
  for (const el of document.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.right > window.innerWidth + 1) out.push(`${el.tagName}.${String(el.className).slice(0, 80)} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
  }
  return out.slice(0, 15).join("\n");
}));
await browser.close();
