/** Where an element sits on screen, in viewport pixels. */
export interface Span {
  top: number;
  bottom: number;
}

/**
 * Whether a result can be read where it is: its top below the sticky header and enough of it on
 * screen (all of it, or at least 40% of the viewport) that nobody has to scroll to notice it.
 */
export function isReadableInView(span: Span, viewportHeight: number, topInset: number): boolean {
  if (span.top < topInset) return false;
  const visible = Math.min(span.bottom, viewportHeight) - span.top;
  const wanted = Math.min(span.bottom - span.top, (viewportHeight - topInset) * 0.4);
  return visible >= wanted;
}

/** The bottom of the sticky app header, so scrolling stops below it rather than under it. */
function headerInset(): number {
  return Math.max(0, document.querySelector("header")?.getBoundingClientRect().bottom ?? 0);
}

/** Focuses the result region without a jump, then scrolls it into view only when it is not readable where it is. */
export function revealAndFocus(element: HTMLElement): void {
  element.focus({ preventScroll: true });
  const inset = headerInset();
  const rect = element.getBoundingClientRect();
  if (isReadableInView(rect, window.innerHeight, inset)) return;
  element.style.scrollMarginTop = `${inset + 8}px`;
  const reduce = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  element.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
}
