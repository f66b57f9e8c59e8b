import sharp from "sharp";

/** Where a 100x100-unit digit drawing lands in the image, in pixels. */
export interface DigitFrame {
  x: number;
  y: number;
  size: number;
}

export interface DrawOptions {
  width: number;
  height: number;
  /** SVG colour of the strokes. */
  ink: string;
  /** SVG colour of the background, or null for a transparent one. */
  background: string | null;
  strokeWidth: number;
  frame: DigitFrame;
  /** Extra SVG elements (specks, marks) drawn in image pixels. */
  extra?: string;
}

/** A "7": a bar and a long diagonal, asymmetric under any turn or mirror. */
export const SEVEN = "M 20 10 L 80 10 L 40 95";
/** A "4" in three strokes, two of them separate pieces. */
export const FOUR = "M 55 5 L 15 65 L 85 65 M 60 35 L 60 98";

export function digitSvg(path: string, options: DrawOptions): Buffer {
  const { width, height, ink, background, strokeWidth, frame } = options;
  const scale = frame.size / 100;
  const rect = background ? `<rect width="100%" height="100%" fill="${background}"/>` : "";
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${rect}` +
      `<g transform="translate(${frame.x} ${frame.y}) scale(${scale})"><path d="${path}" fill="none" stroke="${ink}" stroke-width="${strokeWidth / scale}" stroke-linecap="round" stroke-linejoin="round"/></g>` +
      `${options.extra ?? ""}</svg>`,
  );
}

export async function digitPng(path: string, options: DrawOptions): Promise<Buffer> {
  return sharp(digitSvg(path, options)).png().toBuffer();
}

/**
 * A phone-photo look: off-white paper lit from one side with dark corners and sensor noise,
 * ink multiplied in, saved as JPEG. Deterministic (fixed-seed noise).
 */
export async function digitPhoto(path: string, options: Omit<DrawOptions, "background">, quality = 85): Promise<Buffer> {
  const { width, height } = options;
  const paper = Buffer.alloc(width * height * 3);
  let seed = 99;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const u = x / width - 0.5;
      const v = y / height - 0.5;
      const light = (1 - 0.45 * (x / width)) * (1 - 0.8 * (u * u + v * v));
      const noise = ((seed >>> 16) % 13) - 6;
      const offset = (y * width + x) * 3;
      paper[offset] = Math.max(0, Math.min(255, 240 * light + noise));
      paper[offset + 1] = Math.max(0, Math.min(255, 235 * light + noise));
      paper[offset + 2] = Math.max(0, Math.min(255, 220 * light + noise));
    }
  }
  const strokes = await sharp(digitSvg(path, { ...options, background: "#ffffff" })).png().toBuffer();
  return sharp(paper, { raw: { width, height, channels: 3 } })
    .composite([{ input: strokes, blend: "multiply" }])
    .jpeg({ quality })
    .toBuffer();
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

/** Centre of mass of a 28x28 input in pixel-index coordinates. */
export function centreOfMass(input: Float32Array): { x: number; y: number } {
  let mass = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < 784; i++) {
    mass += input[i]!;
    x += input[i]! * (i % 28);
    y += input[i]! * Math.floor(i / 28);
  }
  return { x: x / mass, y: y / mass };
}

/** Bounding box of the pixels above `threshold` in a 28x28 input. */
export function inkBox(input: Float32Array, threshold = 0): { width: number; height: number } {
  let x0 = 28;
  let y0 = 28;
  let x1 = -1;
  let y1 = -1;
  for (let i = 0; i < 784; i++) {
    if (input[i]! <= threshold) continue;
    x0 = Math.min(x0, i % 28);
    x1 = Math.max(x1, i % 28);
    y0 = Math.min(y0, Math.floor(i / 28));
    y1 = Math.max(y1, Math.floor(i / 28));
  }
  return { width: x1 - x0 + 1, height: y1 - y0 + 1 };
}

/** 28x28 blur with a [0.27, 0.46, 0.27] kernel each way, so one-pixel shifts and width changes count little. */
function blur28(values: ArrayLike<number>): Float32Array {
  const kernel = [0.27, 0.46, 0.27];
  const rows = new Float32Array(784);
  const out = new Float32Array(784);
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      for (let d = -1; d <= 1; d++) if (x + d >= 0 && x + d < 28) rows[y * 28 + x]! += kernel[d + 1]! * values[y * 28 + x + d]!;
    }
  }
  for (let y = 0; y < 28; y++) {
    for (let x = 0; x < 28; x++) {
      for (let d = -1; d <= 1; d++) if (y + d >= 0 && y + d < 28) out[y * 28 + x]! += kernel[d + 1]! * rows[(y + d) * 28 + x]!;
    }
  }
  return out;
}

/** Cosine similarity of two 28x28 inputs after a light blur: shape agreement rather than pixel agreement. */
export function shapeSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return cosine(blur28(a), blur28(b));
}
