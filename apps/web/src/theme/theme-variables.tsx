"use client";
import { useServerInsertedHTML } from "next/navigation";
import { useRef } from "react";
import { theme } from "./theme";

type Rules = { [key: string]: string | number | Rules };

const kebab = (property: string) =>
  property.startsWith("--") ? property : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

function toCss(selector: string, rules: Rules): string {
  const own: string[] = [];
  const nested: string[] = [];
  for (const [key, value] of Object.entries(rules)) {
    if (typeof value === "object") nested.push(toCss(key, value));
    else own.push(`${kebab(key)}:${value}`);
  }
  const block = `${selector}{${own.join(";")}}`;
  // A nested at-rule (e.g. a media query) wraps this selector's rules, as emotion would write it.
  return [block, ...nested.map((n) => n.replace(/^(@[^{]+)\{(.*)\}$/s, `$1{${selector}{$2}}`))].join("");
}

/** The theme's CSS variables as one stylesheet, in MUI's cascade layer (AppRouterCacheProvider's enableCssLayer). */
function themeCss(): string {
  const sheets = theme.generateStyleSheets() as Array<Record<string, Rules>>;
  const css = sheets.flatMap((sheet) =>
    Object.entries(sheet).map(([selector, rules]) => toCss(selector, rules)),
  );
  return `@layer mui{${css.join("")}}`;
}

/**
 * The theme's CSS variables (light, dark, spacing, shadows…) as a static stylesheet written into the
 * server's HTML, instead of ~23 kB of CSS that emotion would serialize in the browser at hydration
 * (the ThemeProvider gets `disableStyleSheetGeneration`). Inserted into the HTML stream rather than
 * rendered by a server component, so the 22 kB are not sent a second time in the page's RSC payload.
 */
export function ThemeVariables() {
  // Next asks every inserter at each flush of the stream; the stylesheet goes into the first one only.
  const inserted = useRef(false);
  useServerInsertedHTML(() => {
    if (inserted.current) return null;
    inserted.current = true;
    return <style id="theme-variables" dangerouslySetInnerHTML={{ __html: themeCss() }} />;
  });
  return null;
}
