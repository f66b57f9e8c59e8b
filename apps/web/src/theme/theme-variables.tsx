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

/**
 * The theme's CSS variables (light, dark, spacing, shadows…) as a static stylesheet from the server,
 * instead of ~23 kB of CSS that emotion would serialize in the browser at hydration
 * (the ThemeProvider gets `disableStyleSheetGeneration`).
 */
export function ThemeVariables() {
  const sheets = theme.generateStyleSheets() as Array<Record<string, Rules>>;
  const css = sheets.flatMap((sheet) =>
    Object.entries(sheet).map(([selector, rules]) => toCss(selector, rules)),
  );
  // Same cascade layer as the rest of MUI's styles (AppRouterCacheProvider's enableCssLayer).
  return <style id="theme-variables" dangerouslySetInnerHTML={{ __html: `@layer mui{${css.join("")}}` }} />;
}
