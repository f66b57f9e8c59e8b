import { uniform, type Random } from "../random.js";
import type { PaperLook, Rgb } from "./compose-image.js";
import type { Placement } from "./digit-coverage.js";

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** Caps for rendering a compact set (e.g. test fixtures): the long side never exceeds maxSide. */
export interface RenderLimits {
  maxSide: number;
}

export const NO_LIMITS: RenderLimits = { maxSide: Infinity };

/** Log-uniform long side and a common camera/scan aspect ratio, portrait or landscape. */
export function imageSize(random: Random, minLong: number, maxLong: number, limits: RenderLimits = NO_LIMITS): { width: number; height: number } {
  const top = Math.min(maxLong, limits.maxSide);
  const bottom = Math.min(minLong, top);
  const long = Math.round(Math.exp(uniform(random, Math.log(bottom), Math.log(top))));
  const short = Math.max(16, Math.round(long / pick(random, [1, 4 / 3, 3 / 2, 16 / 9])));
  return chance(random, 0.5) ? { width: long, height: short } : { width: short, height: long };
}

/**
 * A digit whose 20-px MNIST box spans `share` of the image's short side, turned up to ±10 degrees,
 * slightly narrowed or widened, anywhere it fits with its margins.
 */
export function placeDigit(random: Random, size: { width: number; height: number }, minShare: number, maxShare: number): Placement {
  const boxSide = uniform(random, minShare, maxShare) * Math.min(size.width, size.height);
  const scale = boxSide / 20;
  const angle = (uniform(random, -10, 10) * Math.PI) / 180;
  const aspect = uniform(random, 0.85, 1.15);
  // MNIST strokes reach up to ~14 px from the frame centre; keep that inside the image.
  const reach = 14 * scale * Math.max(1, aspect) * (Math.abs(Math.cos(angle)) + Math.abs(Math.sin(angle))) * 0.85;
  const position = (extent: number): number => (extent > 2 * reach ? uniform(random, reach, extent - reach) : extent / 2);
  return { ...size, scale, angle, aspect, centreX: position(size.width), centreY: position(size.height) };
}

export function offWhitePaper(random: Random): Rgb {
  const base = uniform(random, 205, 250);
  return { r: Math.min(255, base + uniform(random, -4, 6)), g: Math.min(255, base + uniform(random, -4, 4)), b: Math.max(0, base - uniform(random, 0, 22)) };
}

/** A phone photo of paper: uneven exposure, gradient, vignette, some texture and sensor noise. */
export function photoPaper(random: Random): PaperLook {
  return {
    paper: offWhitePaper(random),
    brightness: uniform(random, 0.62, 1.05),
    gradient: uniform(random, 0, 0.45),
    gradientAngle: uniform(random, 0, 2 * Math.PI),
    vignette: uniform(random, 0, 0.5),
    texture: uniform(random, 0, 0.025),
    textureCell: uniform(random, 3, 30),
    noise: uniform(random, 0.004, 0.03),
  };
}

/** A flatbed scan: even light, clean paper, little noise. */
export function scannedPaper(random: Random): PaperLook {
  return {
    paper: offWhitePaper(random),
    brightness: uniform(random, 0.97, 1.04),
    gradient: uniform(random, 0, 0.06),
    gradientAngle: uniform(random, 0, 2 * Math.PI),
    vignette: 0,
    texture: uniform(random, 0, 0.01),
    textureCell: uniform(random, 2, 8),
    noise: uniform(random, 0, 0.008),
  };
}

export function blackInk(random: Random): Rgb {
  const level = uniform(random, 10, 60);
  return { r: level, g: level + uniform(random, -5, 5), b: level + uniform(random, -3, 10) };
}

export function blueBallpoint(random: Random): Rgb {
  return { r: uniform(random, 15, 60), g: uniform(random, 30, 90), b: uniform(random, 110, 190) };
}

export function graphite(random: Random): Rgb {
  const level = uniform(random, 55, 110);
  return { r: level, g: level, b: level + uniform(random, 0, 8) };
}

/** Photo softness grows with resolution: a phone's blur is a fixed share of the frame, not of a pixel. */
export function photoBlur(random: Random, size: { width: number; height: number }, max = 1.1): number {
  return uniform(random, 0, max) * Math.max(0.5, Math.max(size.width, size.height) / 1000);
}
