/** Zhang-Suen thinning of a binary image (1 = ink) to 1-pixel-wide, 8-connected centre lines. */
export function skeletonize(mask: Uint8Array, width: number, height: number): Uint8Array {
  const image = Uint8Array.from(mask);
  const remove: number[] = [];
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= width || y >= height ? 0 : image[y * width + x]!);
  for (let changed = true; changed; ) {
    changed = false;
    for (const pass of [0, 1]) {
      remove.length = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          if (!image[y * width + x]) continue;
          // Neighbours clockwise from north: P2..P9.
          const p = [at(x, y - 1), at(x + 1, y - 1), at(x + 1, y), at(x + 1, y + 1), at(x, y + 1), at(x - 1, y + 1), at(x - 1, y), at(x - 1, y - 1)];
          const neighbours = p.reduce((sum, value) => sum + value, 0);
          if (neighbours < 2 || neighbours > 6) continue;
          let transitions = 0;
          for (let k = 0; k < 8; k++) if (p[k] === 0 && p[(k + 1) % 8] === 1) transitions++;
          if (transitions !== 1) continue;
          const [p2, , p4, , p6, , p8] = p as [number, number, number, number, number, number, number, number];
          if (pass === 0 ? p2 * p4 * p6 === 0 && p4 * p6 * p8 === 0 : p2 * p4 * p8 === 0 && p2 * p6 * p8 === 0) remove.push(y * width + x);
        }
      }
      for (const index of remove) image[index] = 0;
      if (remove.length > 0) changed = true;
    }
  }
  return image;
}
