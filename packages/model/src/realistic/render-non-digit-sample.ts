import { uniform, type Random } from "../random.js";
import { composeCanvas, composePhoto, type PaperLook } from "./compose-image.js";
import type { Coverage } from "./digit-coverage.js";
import { EXTENSIONS, encodeImage, type Encoding } from "./encode-image.js";
import type { RenderedImage } from "./render-digit-sample.js";
import { NO_LIMITS, blackInk, chance, imageSize, photoBlur, photoPaper, pick, type RenderLimits } from "./sampling.js";
import type { NonDigitKind } from "./styles.js";

function photoEncoding(random: Random): Encoding {
  return chance(random, 0.8) ? { format: "jpeg", quality: Math.round(uniform(random, 55, 92)) } : { format: "png" };
}

/** Large soft blobs: the shapes of an out-of-focus room, desk or wall. */
function blobs(size: { width: number; height: number }, random: Random): Coverage {
  const data = new Float32Array(size.width * size.height);
  const count = Math.floor(uniform(random, 2, 7));
  const short = Math.min(size.width, size.height);
  for (let k = 0; k < count; k++) {
    const cx = uniform(random, 0, size.width);
    const cy = uniform(random, 0, size.height);
    const radius = uniform(random, 0.1, 0.4) * short;
    const strength = uniform(random, 0.3, 1);
    for (let y = Math.max(0, Math.floor(cy - 3 * radius)); y < Math.min(size.height, cy + 3 * radius); y++) {
      for (let x = Math.max(0, Math.floor(cx - 3 * radius)); x < Math.min(size.width, cx + 3 * radius); x++) {
        const d2 = ((x - cx) ** 2 + (y - cy) ** 2) / (radius * radius);
        if (d2 < 9) data[y * size.width + x] = Math.min(1, data[y * size.width + x]! + strength * Math.exp(-d2 / 2));
      }
    }
  }
  return { ...size, data };
}

/** A few pixel-sized dots: dust, a pen tap, sensor defects. */
function specks(size: { width: number; height: number }, random: Random): Coverage {
  const data = new Float32Array(size.width * size.height);
  const count = Math.floor(uniform(random, 1, 8));
  for (let k = 0; k < count; k++) {
    const cx = uniform(random, 0, size.width);
    const cy = uniform(random, 0, size.height);
    const radius = uniform(random, 0.5, 2);
    for (let y = Math.max(0, Math.floor(cy - 3)); y < Math.min(size.height, cy + 3); y++) {
      for (let x = Math.max(0, Math.floor(cx - 3)); x < Math.min(size.width, cx + 3); x++) {
        const coverage = Math.min(1, Math.max(0, radius - Math.hypot(x + 0.5 - cx, y + 0.5 - cy) + 0.5));
        data[y * size.width + x] = Math.max(data[y * size.width + x]!, coverage);
      }
    }
  }
  return { ...size, data };
}

async function photo(size: { width: number; height: number }, paper: PaperLook, coverage: Coverage | undefined, ink: Parameters<typeof composePhoto>[3], random: Random, blur: number): Promise<RenderedImage> {
  const raw = composePhoto(size, coverage, paper, ink, random);
  const encoding = photoEncoding(random);
  const bytes = await encodeImage(raw, size.width, size.height, 3, { encoding, blur });
  return { bytes, extension: EXTENSIONS[encoding.format], ...size };
}

/** An image with no digit in it, which the preprocessing must refuse as NO_DIGIT_FOUND. */
export async function renderNonDigitSample(kind: NonDigitKind, random: Random, limits: RenderLimits = NO_LIMITS): Promise<RenderedImage> {
  const size = imageSize(random, 200, 2000, limits);
  switch (kind) {
    case "blank-paper":
      return photo(size, photoPaper(random), undefined, undefined, random, photoBlur(random, size));
    case "paper-texture": {
      const paper = { ...photoPaper(random), texture: uniform(random, 0.02, 0.06), textureCell: uniform(random, 1.5, 12), noise: uniform(random, 0.01, 0.04) };
      return photo(size, paper, undefined, undefined, random, photoBlur(random, size, 0.6));
    }
    case "lighting-gradient": {
      const paper = { ...photoPaper(random), gradient: uniform(random, 0.4, 0.9), vignette: uniform(random, 0.3, 0.8) };
      return photo(size, paper, undefined, undefined, random, photoBlur(random, size));
    }
    case "blurry-photo": {
      const paper = { ...photoPaper(random), paper: pick(random, [{ r: 180, g: 160, b: 140 }, { r: 200, g: 200, b: 205 }, { r: 150, g: 170, b: 160 }, { r: 230, g: 225, b: 215 }]) };
      const ink = { ink: { r: paper.paper.r * 0.55, g: paper.paper.g * 0.55, b: paper.paper.b * 0.55 }, opacity: uniform(random, 0.2, 0.6), grain: 0 };
      return photo(size, paper, blobs(size, random), ink, random, Math.min(size.width, size.height) * uniform(random, 0.02, 0.05));
    }
    case "specks": {
      const ink = { ink: blackInk(random), opacity: 0.95, grain: 0 };
      return photo(size, photoPaper(random), specks(size, random), ink, random, uniform(random, 0, 0.6));
    }
    case "blank-canvas": {
      const side = Math.min(limits.maxSide, chance(random, 0.6) ? 280 : Math.round(uniform(random, 200, 560)));
      const empty: Coverage = { width: side, height: side, data: new Float32Array(side * side) };
      const raw = composeCanvas(empty, pick(random, ["white", "black", "transparent"] as const), { r: 0, g: 0, b: 0 });
      const bytes = await encodeImage(raw, side, side, 4, { encoding: { format: "png" } });
      return { bytes, extension: "png", width: side, height: side };
    }
  }
}
