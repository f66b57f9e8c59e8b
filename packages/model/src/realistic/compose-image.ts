import type { Random } from "../random.js";
import type { Coverage } from "./digit-coverage.js";
import { fastGaussian, smoothField } from "./noise-fields.js";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** How a sheet of paper photographed or scanned looks; every amount is a fraction of full scale. */
export interface PaperLook {
  paper: Rgb;
  /** Overall exposure multiplier (1 = as bright as the paper colour). */
  brightness: number;
  /** Linear light fall-off across the image, and its direction in radians. */
  gradient: number;
  gradientAngle: number;
  /** Darkening towards the corners. */
  vignette: number;
  /** Low-frequency paper texture amplitude and its cell size in pixels. */
  texture: number;
  textureCell: number;
  /** Per-pixel sensor noise (standard deviation). */
  noise: number;
}

export interface InkLook {
  ink: Rgb;
  /** Peak opacity of the ink (pencil is translucent). */
  opacity: number;
  /** Graphite-like grain: how much of the coverage random texture removes. */
  grain: number;
}

/** Paper, lighting, ink and noise into an 8-bit RGB buffer of the coverage's size. */
export function composePhoto(size: { width: number; height: number }, coverage: Coverage | undefined, paper: PaperLook, ink: InkLook | undefined, random: Random): Buffer {
  const { width, height } = size;
  const out = Buffer.alloc(width * height * 3);
  const texture = paper.texture > 0 ? smoothField(width, height, paper.textureCell, random) : undefined;
  const grain = ink && ink.grain > 0 ? smoothField(width, height, 1.5, random) : undefined;
  const cos = Math.cos(paper.gradientAngle);
  const sin = Math.sin(paper.gradientAngle);
  for (let y = 0; y < height; y++) {
    const v = ((y + 0.5) / height) * 2 - 1;
    for (let x = 0; x < width; x++) {
      const u = ((x + 0.5) / width) * 2 - 1;
      const index = y * width + x;
      const light =
        paper.brightness * (1 + paper.gradient * 0.5 * (u * cos + v * sin)) * (1 - paper.vignette * 0.5 * (u * u + v * v)) * (1 + (texture ? paper.texture * texture[index]! : 0));
      let alpha = coverage ? coverage.data[index]! : 0;
      if (alpha > 0 && ink) {
        if (grain) alpha *= Math.min(1, Math.max(0, 1 - ink.grain * (0.5 + 0.5 * grain[index]!)));
        alpha *= ink.opacity;
      }
      const noise = paper.noise > 0 ? paper.noise * 255 * fastGaussian(random) : 0;
      const inkColour = ink?.ink ?? paper.paper;
      const r = (paper.paper.r * (1 - alpha) + inkColour.r * alpha) * light + noise;
      const g = (paper.paper.g * (1 - alpha) + inkColour.g * alpha) * light + noise;
      const b = (paper.paper.b * (1 - alpha) + inkColour.b * alpha) * light + noise;
      out[index * 3] = r < 0 ? 0 : r > 255 ? 255 : r;
      out[index * 3 + 1] = g < 0 ? 0 : g > 255 ? 255 : g;
      out[index * 3 + 2] = b < 0 ? 0 : b > 255 ? 255 : b;
    }
  }
  return out;
}

export type CanvasBackground = "white" | "black" | "transparent";

/** A browser-canvas drawing: flat background (or none) and an anti-aliased stroke, as RGBA. */
export function composeCanvas(coverage: Coverage, background: CanvasBackground, ink: Rgb): Buffer {
  const out = Buffer.alloc(coverage.width * coverage.height * 4);
  const base = background === "white" ? 255 : 0;
  for (let i = 0; i < coverage.data.length; i++) {
    const alpha = coverage.data[i]!;
    if (background === "transparent") {
      // Canvas exports un-premultiplied colour with the stroke's coverage as alpha; clear pixels are 0,0,0,0.
      out[i * 4] = alpha > 0 ? ink.r : 0;
      out[i * 4 + 1] = alpha > 0 ? ink.g : 0;
      out[i * 4 + 2] = alpha > 0 ? ink.b : 0;
      out[i * 4 + 3] = Math.round(alpha * 255);
    } else {
      out[i * 4] = Math.round(base * (1 - alpha) + ink.r * alpha);
      out[i * 4 + 1] = Math.round(base * (1 - alpha) + ink.g * alpha);
      out[i * 4 + 2] = Math.round(base * (1 - alpha) + ink.b * alpha);
      out[i * 4 + 3] = 255;
    }
  }
  return out;
}
