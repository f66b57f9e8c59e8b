import { createRequire } from "node:module";
import type { Point } from "./ink-image.js";

interface HersheyFont {
  name: string;
  chars: Array<{ d: string; o: number }>;
}

/** A glyph as pen strokes in font units (y down). */
export type Glyph = Point[][];

/**
 * Hershey's stroke fonts (public-domain engraving fonts, via the hersheytext package): letters and
 * symbols drawn as pen paths, the raw material of our non-digit drawings. Fonts are split so that
 * evaluation draws only glyphs from fonts that training never saw.
 */
export const TRAINING_FONTS = ["futural", "timesr", "timesi", "cursive", "scripts", "gothiceng", "symbolic", "mathlow"] as const;
export const EVALUATION_FONTS = ["futuram", "timesrb", "timesib", "scriptc", "gothicita", "gothicger", "meteorology", "mathupp"] as const;
export type GlyphSource = "training" | "evaluation";

/**
 * Characters that are digits, or that people write like one (O and 0, l and 1, S and 5, Z and 2,
 * b and 6, g and 9, ! and 1, ? and 2 ...), or that are specks once enlarged: never drawn as a non-digit.
 */
const LOOKS_LIKE_A_DIGIT = new Set("0123456789OoQDIlij|/\\()[]{}SsZzBbGgqyY.,:;'`\"_^~!? ");
/** Symbol-font glyphs (by position) that are a circle, a dot or a single line: a 0, a 1 or nothing. */
const SYMBOL_EXCLUSIONS: Record<string, Set<number>> = {
  symbolic: new Set([...Array.from({ length: 26 }, (_, i) => i), 32, 33, 39, 47, 48, 49, 50, 51, 52, 59, 73, 76, 80, 81, 82, 83, 84, 86, 87]),
  mathlow: new Set([3, 64, 75, 76, 80, 84, 88]),
  mathupp: new Set([3, 64, 75, 76, 80, 84, 88]),
  meteorology: new Set([1, 3, 5, 28, 29, 30]),
};

let fonts: Record<string, HersheyFont> | undefined;

function loadFonts(): Record<string, HersheyFont> {
  fonts ??= createRequire(import.meta.url)("hersheytext/hersheytext.min.json") as Record<string, HersheyFont>;
  return fonts;
}

function parsePath(d: string): Glyph {
  const strokes: Glyph = [];
  for (const part of d.split("M").map((s) => s.trim()).filter(Boolean)) {
    const points = part
      .replace("L", " ")
      .trim()
      .split(/\s+/)
      .map((pair) => {
        const [x, y] = pair.split(",").map(Number);
        return { x: x!, y: y! };
      })
      .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    if (points.length > 0) strokes.push(points);
  }
  return strokes;
}

/** Hershey fonts start at "!" (no glyph for the space); positions past "~" get none. */
const FIRST_CHARACTER = 33;

/** The strokes a font draws for a printable ASCII character. */
export function fontGlyph(font: string, character: string): Glyph | undefined {
  const char = loadFonts()[font]?.chars[character.charCodeAt(0) - FIRST_CHARACTER];
  return char ? parsePath(char.d) : undefined;
}

const glyphCache = new Map<GlyphSource, Glyph[]>();

/** Every usable glyph of the source's fonts: letters that do not pass for digits, and symbols. */
export function glyphsFor(source: GlyphSource): Glyph[] {
  const cached = glyphCache.get(source);
  if (cached) return cached;
  const all = loadFonts();
  const glyphs: Glyph[] = [];
  for (const name of source === "training" ? TRAINING_FONTS : EVALUATION_FONTS) {
    const font = all[name]!;
    font.chars.forEach((char, index) => {
      const character = index < 94 ? String.fromCharCode(FIRST_CHARACTER + index) : " ";
      if (LOOKS_LIKE_A_DIGIT.has(character) || SYMBOL_EXCLUSIONS[name]?.has(index)) return;
      const glyph = parsePath(char.d);
      const points = glyph.reduce((sum, stroke) => sum + stroke.length, 0);
      if (points >= 3) glyphs.push(glyph);
    });
  }
  // Japanese kana and kanji: even positions train, odd ones evaluate.
  all.japanese!.chars.forEach((char, index) => {
    if (index % 2 === (source === "training" ? 0 : 1)) {
      const glyph = parsePath(char.d);
      if (glyph.length >= 2) glyphs.push(glyph);
    }
  });
  glyphCache.set(source, glyphs);
  return glyphs;
}
