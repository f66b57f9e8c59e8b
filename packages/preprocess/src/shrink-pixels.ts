import type { Rectangle } from "./to-grayscale.js";

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** Where each of `target` blocks starts and ends along a side of `size` pixels (at least one pixel each). */
function blockSpans(size: number, target: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(target);
  const ends = new Int32Array(target);
  for (let t = 0; t < target; t++) {
    starts[t] = Math.floor((t * size) / target);
    ends[t] = Math.max(starts[t]! + 1, Math.floor(((t + 1) * size) / target));
  }
  return { starts, ends };
}

/** The blocks [first, last] that reach into [from, to) (an empty range when none does). */
function blocksOver(spans: { starts: Int32Array; ends: Int32Array }, from: number, to: number): { first: number; last: number } {
  let first = 0;
  while (first < spans.ends.length && spans.ends[first]! <= from) first++;
  let last = spans.starts.length - 1;
  while (last >= 0 && spans.starts[last]! >= to) last--;
  return { first, last };
}

/**
 * Area-averaged shrink of interleaved 8-bit samples (1-4 channels): each output pixel averages
 * its own block of source pixels, so every source pixel is read once. With alpha, colour is
 * weighted by alpha, so the transparent pixels around a stroke add no colour to its edge. `marks`,
 * when given, holds every pixel unlike the first one (RGBA only reads just the blocks it reaches).
 */
export function shrinkPixels(
  data: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 2 | 3 | 4,
  targetWidth: number,
  targetHeight: number,
  marks?: Rectangle,
): Uint8Array {
  if (channels === 4 && LITTLE_ENDIAN && data.byteOffset % 4 === 0)
    return shrinkRgbaWords(new Uint32Array(data.buffer, data.byteOffset, width * height), width, height, targetWidth, targetHeight, marks);
  const hasAlpha = channels === 2 || channels === 4;
  const colour = channels >= 3;
  // Clamped: it also rounds, where a plain Uint8Array would truncate.
  const out = new Uint8ClampedArray(targetWidth * targetHeight * channels);
  const columns = blockSpans(width, targetWidth);
  const rows = blockSpans(height, targetHeight);
  for (let ty = 0; ty < targetHeight; ty++) {
    const y0 = rows.starts[ty]!;
    const y1 = rows.ends[ty]!;
    for (let tx = 0; tx < targetWidth; tx++) {
      const x0 = columns.starts[tx]!;
      const x1 = columns.ends[tx]!;
      let first = 0;
      let second = 0;
      let third = 0;
      let alphaSum = 0;
      for (let y = y0; y < y1; y++) {
        for (let x = x0, source = (y * width + x0) * channels; x < x1; x++, source += channels) {
          const alpha = hasAlpha ? data[source + channels - 1]! : 255;
          alphaSum += alpha;
          first += data[source]! * alpha;
          if (colour) {
            second += data[source + 1]! * alpha;
            third += data[source + 2]! * alpha;
          }
        }
      }
      const target = (ty * targetWidth + tx) * channels;
      if (alphaSum > 0) {
        out[target] = first / alphaSum;
        if (colour) {
          out[target + 1] = second / alphaSum;
          out[target + 2] = third / alphaSum;
        }
      }
      if (hasAlpha) out[target + channels - 1] = alphaSum / ((y1 - y0) * (x1 - x0));
    }
  }
  return new Uint8Array(out.buffer);
}

/**
 * shrinkPixels for RGBA read a pixel per load (little-endian words: red in the low byte), a third cheaper
 * than byte by byte. Blocks wholly outside `marks` hold only the first pixel, whose average is itself.
 */
function shrinkRgbaWords(
  pixels: Uint32Array,
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
  marks: Rectangle = { x: 0, y: 0, width, height },
): Uint8Array {
  const columns = blockSpans(width, targetWidth);
  const rows = blockSpans(height, targetHeight);
  const { starts, ends } = columns;
  const out = new Uint8ClampedArray(targetWidth * targetHeight * 4);
  const samples = new Uint8Array(out.buffer);
  const background = pixels[0]!;
  // count x a x c / (count x a) is exactly c: a uniform block averages to its pixel (transparent: all 0).
  if (background >>> 24 > 0) new Uint32Array(out.buffer).fill(background);
  const across = blocksOver(columns, marks.x, marks.x + marks.width);
  const down = blocksOver(rows, marks.y, marks.y + marks.height);
  for (let ty = down.first; ty <= down.last; ty++) {
    const y0 = rows.starts[ty]!;
    const y1 = rows.ends[ty]!;
    for (let tx = across.first; tx <= across.last; tx++) {
      const x0 = starts[tx]!;
      const x1 = ends[tx]!;
      let red = 0;
      let green = 0;
      let blue = 0;
      let alphaSum = 0;
      for (let y = y0; y < y1; y++) {
        for (let source = y * width + x0, end = y * width + x1; source < end; source++) {
          const pixel = pixels[source]!;
          const alpha = pixel >>> 24;
          alphaSum += alpha;
          red += (pixel & 255) * alpha;
          green += ((pixel >>> 8) & 255) * alpha;
          blue += ((pixel >>> 16) & 255) * alpha;
        }
      }
      const target = (ty * targetWidth + tx) * 4;
      out[target] = alphaSum > 0 ? red / alphaSum : 0;
      out[target + 1] = alphaSum > 0 ? green / alphaSum : 0;
      out[target + 2] = alphaSum > 0 ? blue / alphaSum : 0;
      out[target + 3] = alphaSum / ((y1 - y0) * (x1 - x0));
    }
  }
  return samples;
}

/** An opaque grey pixel as a little-endian word, XORed with its grey level times 0x010101: the alpha byte alone. */
const OPAQUE = 0xff000000 | 0;

/**
 * shrinkPixels of RGBA pixels that are all opaque grey (a drawing pad's export), straight to one grey
 * channel: a pixel per load, one sum, no alpha weighting. Undefined as soon as a pixel has colour or
 * transparency (or the samples cannot be read as aligned little-endian words): use shrinkPixels then.
 * `marks`, when given, holds every pixel unlike the first one: only the blocks it reaches are read.
 */
export function shrinkOpaqueGrey(
  data: Uint8Array,
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
  marks: Rectangle = { x: 0, y: 0, width, height },
): Uint8Array | undefined {
  if (!LITTLE_ENDIAN || data.byteOffset % 4 !== 0 || data.length !== width * height * 4) return undefined;
  const pixels = new Int32Array(data.buffer, data.byteOffset, width * height);
  const background = pixels[0]! & 255;
  if ((pixels[0]! ^ (background * 0x010101)) !== OPAQUE) return undefined;
  const columns = blockSpans(width, targetWidth);
  const rows = blockSpans(height, targetHeight);
  const { starts, ends } = columns;
  const out = new Uint8ClampedArray(targetWidth * targetHeight).fill(background);
  // Made before the loop: code compiled mid-loop (on-stack replacement) then has nothing after it unseen.
  const samples = new Uint8Array(out.buffer);
  const across = blocksOver(columns, marks.x, marks.x + marks.width);
  const down = blocksOver(rows, marks.y, marks.y + marks.height);
  const sums = new Int32Array(targetWidth);
  for (let ty = down.first; ty <= down.last; ty++) {
    const y0 = rows.starts[ty]!;
    const y1 = rows.ends[ty]!;
    sums.fill(0);
    for (let y = y0; y < y1; y++) {
      const row = y * width;
      for (let tx = across.first; tx <= across.last; tx++) {
        let sum = 0;
        for (let source = row + starts[tx]!, end = row + ends[tx]!; source < end; source++) {
          const pixel = pixels[source]!;
          const grey = pixel & 255;
          if ((pixel ^ (grey * 0x010101)) !== OPAQUE) return undefined;
          sum += grey;
        }
        sums[tx] = sums[tx]! + sum;
      }
    }
    for (let tx = across.first; tx <= across.last; tx++)
      out[ty * targetWidth + tx] = sums[tx]! / ((y1 - y0) * (ends[tx]! - starts[tx]!));
  }
  return samples;
}

/**
 * shrinkOpaqueGrey of an image known to be all opaque grey, from its grey levels over `region` (row-major,
 * region-sized) and the one level of every pixel outside it: the same integer block sums, a byte a pixel.
 * A block's sum is its pixel count times `background` plus what its other pixels differ by, so only
 * those are read (a word of four background levels is skipped whole), and blocks none of them reach
 * keep the background.
 */
export function shrinkGreyRegion(
  grey: Uint8Array,
  region: Rectangle,
  background: number,
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
): Uint8Array {
  const columns = blockSpans(width, targetWidth);
  const rows = blockSpans(height, targetHeight);
  const { starts, ends } = columns;
  const out = new Uint8ClampedArray(targetWidth * targetHeight).fill(background);
  const samples = new Uint8Array(out.buffer);
  const across = blocksOver(columns, region.x, region.x + region.width);
  const down = blocksOver(rows, region.y, region.y + region.height);
  if (across.first > across.last || down.first > down.last) return samples;
  const bottom = region.y + region.height;
  // Per region column, what the current output row's source rows differ from the background by there.
  const differences = new Int32Array(region.width);
  const groundWord = (background * 0x01010101) | 0;
  const aligned = grey.byteOffset % 4 === 0;
  const words = new Int32Array(grey.buffer, aligned ? grey.byteOffset : 0, aligned ? grey.length >> 2 : 0);
  for (let ty = down.first; ty <= down.last; ty++) {
    const y0 = Math.max(rows.starts[ty]!, region.y);
    const y1 = Math.min(rows.ends[ty]!, bottom);
    // Region columns [low, high] hold every difference of this output row.
    let low = region.width;
    let high = -1;
    for (let y = y0; y < y1; y++) {
      const row = (y - region.y) * region.width;
      const end = row + region.width;
      let i = row;
      for (; i < end && (i & 3) !== 0; i++) {
        const level = grey[i]!;
        if (level === background) continue;
        differences[i - row] = differences[i - row]! + level - background;
        if (i - row < low) low = i - row;
        if (i - row > high) high = i - row;
      }
      for (; i + 4 <= end; i += 4) {
        if ((i >> 2) < words.length && words[i >> 2] === groundWord) continue;
        for (let j = i; j < i + 4; j++) {
          const level = grey[j]!;
          if (level === background) continue;
          differences[j - row] = differences[j - row]! + level - background;
          if (j - row < low) low = j - row;
          if (j - row > high) high = j - row;
        }
      }
      for (; i < end; i++) {
        const level = grey[i]!;
        if (level === background) continue;
        differences[i - row] = differences[i - row]! + level - background;
        if (i - row < low) low = i - row;
        if (i - row > high) high = i - row;
      }
    }
    if (high < 0) continue;
    const rowPixels = rows.ends[ty]! - rows.starts[ty]!;
    for (let tx = across.first; tx <= across.last; tx++) {
      const from = Math.max(starts[tx]!, region.x) - region.x;
      const to = Math.min(ends[tx]!, region.x + region.width) - region.x;
      if (to <= low) continue;
      if (from > high) break;
      const pixels = rowPixels * (ends[tx]! - starts[tx]!);
      let sum = background * pixels;
      for (let x = from; x < to; x++) sum += differences[x]!;
      out[ty * targetWidth + tx] = sum / pixels;
    }
    differences.fill(0, low, high + 1);
  }
  return samples;
}
