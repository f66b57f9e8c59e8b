import type { Locator, Page } from "playwright-core";

/** What has keyboard focus: its test id, role and accessible label, or "body" when focus was dropped. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    const id = el.getAttribute("data-testid");
    const label = el.getAttribute("aria-label");
    return id ?? (label ? `[${label}]` : `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ""}`);
  });
}

/** Whether focus is on this element or inside it. */
export function hasFocusWithin(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Wholly on screen and not under the sticky header: a person sees it without scrolling. */
export function isInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    const header = document.querySelector("header")?.getBoundingClientRect().bottom ?? 0;
    return rect.height > 0 && rect.top >= header && rect.bottom <= window.innerHeight;
  });
}

/** Whether the text of one element is drawn over another element (text can spill out of its own box). */
export async function textOverlaps(text: Locator, other: Locator): Promise<boolean> {
  const handle = await other.elementHandle();
  return text.evaluate((el, otherEl) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const o = (otherEl as Element).getBoundingClientRect();
    return [...range.getClientRects()].some(
      (r) => r.left < o.right && o.left < r.right && r.top < o.bottom && o.top < r.bottom,
    );
  }, handle);
}
