import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { env } from "../src/env";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  const executablePath = env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
}

/** A fresh browser profile (its own session cookie, so its own history) on the web app. */
export async function openApp(
  browser: Browser,
  path = "/",
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: inject("webUrl"),
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(path);
  return { context, page };
}

/**
 * A test file's browser and its page on the app at `path`: opened before the file's tests (handed to
 * `opened`), the browser closed after them.
 */
export function openForFile(path: string, opened: (app: { browser: Browser; page: Page }) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    const { page } = await openApp(browser, path);
    opened({ browser, page });
  });
  afterAll(async () => {
    await browser?.close();
  });
}
