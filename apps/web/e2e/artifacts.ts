import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

export const ARTIFACTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../test-results");

/** Full-page screenshot kept as a test artifact, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  // From the top, or the sticky header is stitched into the middle of the full-page image.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });
}
