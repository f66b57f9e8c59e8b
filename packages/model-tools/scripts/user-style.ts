/**
 * A writer unlike any the shipped model was trained or evaluated on, for simulating users who correct
 * it: digits rotated well beyond training's augmentation, slanted back and written wide with a pen.
 */
import sharp from "sharp";
import {
  blankInk,
  enlargeMnist,
  inkBox,
  padInk,
  resizeInk,
  sampleBilinear,
  shearInk,
  type InkImage,
  uniform,
  type Random,
} from "@digit-lab/model";

/** Rotates by `angle` radians about the centre, growing the frame to keep the ink. */
function rotateInk(image: InkImage, angle: number): InkImage {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const width = Math.ceil(Math.abs(image.width * cos) + Math.abs(image.height * sin)) + 2;
  const height = Math.ceil(Math.abs(image.width * sin) + Math.abs(image.height * cos)) + 2;
  const out = blankInk(width, height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const dx = x - width / 2;
      const dy = y - height / 2;
      out.data[y * width + x] = sampleBilinear(
        image,
        cos * dx + sin * dy + image.width / 2,
        -sin * dx + cos * dy + image.height / 2,
      );
    }
  }
  return out;
}

/** Widens (factor > 1) the digit's ink box. */
function widen(image: InkImage, factor: number): InkImage {
  const box = inkBox(image, 0.05);
  if (!box) return image;
  const width = Math.max(2, Math.round(box.width * factor));
  return resizeInk(image, box, width, box.height, {
    width: width + 12,
    height: box.height + 12,
    left: 6,
    top: 6,
  });
}

export const USER_STYLE = "tilted-wide: rotated 28-40 degrees clockwise, backhand slant, 1.3-1.6x wide";

/** One MNIST digit (784 bytes at `offset`) in the user style, as a PNG upload: dark ink on white paper. */
export async function renderUserStyleUpload(
  images: Uint8Array,
  offset: number,
  random: Random,
): Promise<Buffer> {
  let ink = enlargeMnist(images, offset, 3);
  ink = widen(ink, uniform(random, 1.3, 1.6));
  ink = shearInk(ink, -uniform(random, 0.25, 0.4));
  ink = rotateInk(ink, uniform(random, 0.49, 0.7));
  const padded = padInk(ink, 16);
  const pixels = Buffer.alloc(padded.data.length);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.round(250 - 235 * Math.min(1, padded.data[i]!));
  return sharp(pixels, { raw: { width: padded.width, height: padded.height, channels: 1 } })
    .png()
    .toBuffer();
}
