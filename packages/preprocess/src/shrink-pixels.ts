/**
 * Area-averaged shrink of interleaved 8-bit samples (1-4 channels): each output pixel averages
 * its own block of source pixels, so every source pixel is read once. With alpha, colour is
 * weighted by alpha, so the transparent pixels around a stroke add no colour to its edge.
 */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export function shrinkPixels(
  data: Uint8Array,
  width: number,
  height: number,
  channels: 1 | 2 | 3 | 4,
  targetWidth: number,
  targetHeight: number,
): Uint8Array {
  if (channels === 4 && LITTLE_ENDIAN && data.byteOffset % 4 === 0)
    return shrinkRgbaWords(new Uint32Array(data.buffer, data.byteOffset, width * height), width, height, targetWidth, targetHeight);
  const hasAlpha = channels === 2 || channels === 4;
  const colour = channels >= 3;
  // Clamped: it also rounds, where a plain Uint8Array would truncate.
  const out = new Uint8ClampedArray(targetWidth * targetHeight * channels);
  for (let ty = 0; ty < targetHeight; ty++) {
    const y0 = Math.floor((ty * height) / targetHeight);
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / targetHeight));
    for (let tx = 0; tx < targetWidth; tx++) {
      const x0 = Math.floor((tx * width) / targetWidth);
      const x1 = Math.max(x0 + 1, Math.floor(((tx + 1) * width) / targetWidth));
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

/** shrinkPixels for RGBA read a pixel per load (little-endian words: red in the low byte), a third cheaper than byte by byte. */
function shrinkRgbaWords(pixels: Uint32Array, width: number, height: number, targetWidth: number, targetHeight: number): Uint8Array {
  const starts = new Int32Array(targetWidth);
  const ends = new Int32Array(targetWidth);
  for (let tx = 0; tx < targetWidth; tx++) {
    starts[tx] = Math.floor((tx * width) / targetWidth);
    ends[tx] = Math.max(starts[tx]! + 1, Math.floor(((tx + 1) * width) / targetWidth));
  }
  const out = new Uint8ClampedArray(targetWidth * targetHeight * 4);
  for (let ty = 0; ty < targetHeight; ty++) {
    const y0 = Math.floor((ty * height) / targetHeight);
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / targetHeight));
    for (let tx = 0; tx < targetWidth; tx++) {
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
      if (alphaSum > 0) {
        out[target] = red / alphaSum;
        out[target + 1] = green / alphaSum;
        out[target + 2] = blue / alphaSum;
      }
      out[target + 3] = alphaSum / ((y1 - y0) * (x1 - x0));
    }
  }
  return new Uint8Array(out.buffer);
}

/** An opaque grey pixel as a little-endian word, XORed with its grey level times 0x010101: the alpha byte alone. */
const OPAQUE = 0xff000000 | 0;

/**
 * shrinkPixels of RGBA pixels that are all opaque grey (a drawing pad's export), straight to one grey
 * channel: a pixel per load, one sum, no alpha weighting. Undefined as soon as a pixel has colour or
 * transparency (or the samples cannot be read as aligned little-endian words): use shrinkPixels then.
 */
export function shrinkOpaqueGrey(
  data: Uint8Array,
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
): Uint8Array | undefined {
  if (!LITTLE_ENDIAN || data.byteOffset % 4 !== 0 || data.length !== width * height * 4) return undefined;
  const pixels = new Int32Array(data.buffer, data.byteOffset, width * height);
  const starts = new Int32Array(targetWidth);
  const ends = new Int32Array(targetWidth);
  for (let tx = 0; tx < targetWidth; tx++) {
    starts[tx] = Math.floor((tx * width) / targetWidth);
    ends[tx] = Math.max(starts[tx]! + 1, Math.floor(((tx + 1) * width) / targetWidth));
  }
  const sums = new Int32Array(targetWidth);
  const out = new Uint8ClampedArray(targetWidth * targetHeight);
  for (let ty = 0; ty < targetHeight; ty++) {
    const y0 = Math.floor((ty * height) / targetHeight);
    const y1 = Math.max(y0 + 1, Math.floor(((ty + 1) * height) / targetHeight));
    sums.fill(0);
    for (let y = y0; y < y1; y++) {
      const row = y * width;
      for (let tx = 0; tx < targetWidth; tx++) {
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
    for (let tx = 0; tx < targetWidth; tx++)
      out[ty * targetWidth + tx] = sums[tx]! / ((y1 - y0) * (ends[tx]! - starts[tx]!));
  }
  return new Uint8Array(out.buffer);
}
