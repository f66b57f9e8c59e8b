import { uniform, type Random } from "../random.js";
import { composeCanvas, composePhoto, type InkLook, type PaperLook, type Rgb } from "./compose-image.js";
import { renderDigitInside, type Placement, type StrokeModel } from "./digit-coverage.js";
import { EXTENSIONS, encodeImage, type EncodeOptions, type Encoding, type StoredOrientation } from "./encode-image.js";
import { NO_LIMITS, blackInk, blueBallpoint, chance, graphite, imageSize, photoBlur, photoPaper, pick, placeDigit, scannedPaper, type RenderLimits } from "./sampling.js";
import type { DigitStyle } from "./styles.js";

export interface RenderedImage {
  bytes: Buffer;
  extension: string;
  width: number;
  height: number;
}

const boxSide = (placement: Placement): number => 20 * placement.scale;

/** A pen `ratio` of the digit's box wide (MNIST strokes are about 0.12), or the writer's own profile. */
function penOrShape(random: Random, placement: Placement, minRatio: number, maxRatio: number, shapeChance: number): StrokeModel {
  if (chance(random, shapeChance)) return { kind: "shape", threshold: uniform(random, 0.35, 0.6) };
  return { kind: "pen", width: Math.max(1, uniform(random, minRatio, maxRatio) * boxSide(placement)) };
}

function photoJpeg(random: Random): Encoding {
  return { format: "jpeg", quality: Math.round(uniform(random, 55, 92)) };
}

interface PhotoRecipe {
  size: { width: number; height: number };
  placement: Placement;
  stroke: StrokeModel;
  paper: PaperLook;
  ink: InkLook;
  encode: EncodeOptions;
}

async function renderPhoto(digit: Uint8Array, recipe: PhotoRecipe, random: Random): Promise<RenderedImage> {
  const coverage = renderDigitInside(digit, recipe.placement, recipe.stroke);
  const raw = composePhoto(recipe.size, coverage, recipe.paper, recipe.ink, random);
  const bytes = await encodeImage(raw, recipe.size.width, recipe.size.height, 3, recipe.encode);
  return { bytes, extension: EXTENSIONS[recipe.encode.encoding.format], ...recipe.size };
}

function photoRecipe(random: Random, style: DigitStyle, limits: RenderLimits): PhotoRecipe {
  const size = imageSize(random, 400, 2000, limits);
  const placement = placeDigit(random, size, 0.25, 0.8);
  const paper = photoPaper(random);
  const encode: EncodeOptions = { encoding: photoJpeg(random), blur: photoBlur(random, size) };
  switch (style) {
    case "photo-blue":
      return { size, placement, paper, encode, stroke: penOrShape(random, placement, 0.05, 0.11, 0.3), ink: { ink: blueBallpoint(random), opacity: uniform(random, 0.75, 0.97), grain: 0 } };
    case "pencil":
      return {
        size,
        placement,
        paper,
        encode,
        stroke: penOrShape(random, placement, 0.06, 0.12, 0.3),
        ink: { ink: graphite(random), opacity: uniform(random, 0.6, 0.9), grain: uniform(random, 0.15, 0.45) },
      };
    case "marker-thick": {
      const ink = pick<Rgb>(random, [blackInk(random), blackInk(random), { r: 120, g: 20, b: 25 }, { r: 20, g: 70, b: 35 }, { r: 25, g: 30, b: 110 }]);
      return { size, placement, paper, encode, stroke: { kind: "pen", width: uniform(random, 0.16, 0.22) * boxSide(placement) }, ink: { ink, opacity: 0.97, grain: 0 } };
    }
    case "pen-thin":
      return {
        size,
        placement,
        paper,
        encode: { ...encode, blur: uniform(random, 0, 0.6) },
        // A fine pen relative to the digit (MNIST strokes are ~0.12 of the box): hairlines on small digits.
        stroke: { kind: "pen", width: Math.max(1, uniform(random, 0.012, 0.04) * boxSide(placement)) },
        ink: { ink: chance(random, 0.5) ? blackInk(random) : blueBallpoint(random), opacity: 0.95, grain: 0 },
      };
    case "exif": {
      const orientation = pick<StoredOrientation>(random, [6, 6, 3, 8]);
      const ink = chance(random, 0.6) ? blackInk(random) : blueBallpoint(random);
      return { size, placement, paper, encode: { ...encode, orientation }, stroke: penOrShape(random, placement, 0.06, 0.14, 0.5), ink: { ink, opacity: 0.95, grain: 0 } };
    }
    default:
      return { size, placement, paper, encode, stroke: penOrShape(random, placement, 0.07, 0.15, 0.5), ink: { ink: blackInk(random), opacity: uniform(random, 0.88, 1), grain: 0 } };
  }
}

async function renderCanvas(digit: Uint8Array, style: DigitStyle, random: Random, limits: RenderLimits): Promise<RenderedImage> {
  const side = Math.min(limits.maxSide, chance(random, 0.6) ? 280 : Math.round(uniform(random, 200, 560)));
  const size = { width: side, height: side };
  const placement = placeDigit(random, size, 0.45, 0.85);
  // Drawing apps use a round brush of a fixed width, typically 10-28 px on a 280-px canvas.
  const stroke: StrokeModel = { kind: "pen", width: (uniform(random, 10, 28) * side) / 280 };
  const coverage = renderDigitInside(digit, placement, stroke);
  let raw: Buffer;
  if (style === "canvas-inverted") raw = composeCanvas(coverage, "black", { r: 255, g: 255, b: 255 });
  else if (style === "canvas") raw = composeCanvas(coverage, "white", chance(random, 0.7) ? { r: 0, g: 0, b: 0 } : { r: 34, g: 34, b: 34 });
  else {
    const colours: Rgb[] = [{ r: 0, g: 0, b: 0 }, { r: 0, g: 0, b: 0 }, { r: 30, g: 60, b: 200 }, { r: 200, g: 30, b: 30 }, { r: 255, g: 255, b: 255 }];
    raw = composeCanvas(coverage, "transparent", pick(random, colours));
  }
  const bytes = await encodeImage(raw, side, side, 4, { encoding: { format: "png" } });
  return { bytes, extension: "png", ...size };
}

async function renderSmall(digit: Uint8Array, random: Random, limits: RenderLimits): Promise<RenderedImage> {
  const size = imageSize(random, 64, 160, limits);
  const placement = placeDigit(random, size, 0.5, 0.85);
  const encoding: Encoding = chance(random, 0.5) ? { format: "png" } : { format: "jpeg", quality: Math.round(uniform(random, 75, 95)) };
  const ink = chance(random, 0.7) ? blackInk(random) : blueBallpoint(random);
  return renderPhoto(digit, { size, placement, stroke: { kind: "shape", threshold: uniform(random, 0.35, 0.6) }, paper: scannedPaper(random), ink: { ink, opacity: 0.95, grain: 0 }, encode: { encoding } }, random);
}

async function renderScan(digit: Uint8Array, random: Random, limits: RenderLimits): Promise<RenderedImage> {
  const size = imageSize(random, 300, 1200, limits);
  const placement = placeDigit(random, size, 0.2, 0.7);
  const encoding: Encoding = chance(random, 0.5) ? { format: "png" } : { format: "webp", quality: Math.round(uniform(random, 70, 92)) };
  const ink = chance(random, 0.5) ? blackInk(random) : blueBallpoint(random);
  const stroke = penOrShape(random, placement, 0.06, 0.15, 0.5);
  return renderPhoto(digit, { size, placement, stroke, paper: scannedPaper(random), ink: { ink, opacity: 0.95, grain: 0 }, encode: { encoding, blur: uniform(random, 0, 0.8) } }, random);
}

/** Draws one MNIST test digit (28x28 bytes, white on black) as a real upload of the given style. */
export async function renderDigitSample(digit: Uint8Array, style: DigitStyle, random: Random, limits: RenderLimits = NO_LIMITS): Promise<RenderedImage> {
  switch (style) {
    case "canvas":
    case "canvas-inverted":
    case "transparent":
      return renderCanvas(digit, style, random, limits);
    case "small":
      return renderSmall(digit, random, limits);
    case "scan":
      return renderScan(digit, random, limits);
    default:
      return renderPhoto(digit, photoRecipe(random, style, limits), random);
  }
}
