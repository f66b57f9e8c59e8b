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

const NEIGHBOURS = [
  [-1, -1],
  [0, -1],
  [1, -1],
  [-1, 0],
  [1, 0],
  [-1, 1],
  [0, 1],
  [1, 1],
] as const;

/**
 * Removes branches shorter than `minLength` pixels that run from an end point to a junction:
 * thinning leaves such spurs at the corners of thick strokes, and a pen would redraw them as ticks.
 */
export function pruneSpurs(skeleton: Uint8Array, width: number, height: number, minLength: number): Uint8Array {
  const out = Uint8Array.from(skeleton);
  const neighbours = (index: number): number[] => {
    const x = index % width;
    const y = Math.floor(index / width);
    const found: number[] = [];
    for (const [dx, dy] of NEIGHBOURS) {
      const nx = x + dx;
      const ny = y + dy;
      if (nx >= 0 && ny >= 0 && nx < width && ny < height && out[ny * width + nx]) found.push(ny * width + nx);
    }
    return found;
  };
  for (let start = 0; start < out.length; start++) {
    if (!out[start] || neighbours(start).length !== 1) continue;
    const path = [start];
    let previous = -1;
    let current = start;
    for (;;) {
      const next = neighbours(current).filter((index) => index !== previous && !path.includes(index));
      if (next.length !== 1 || path.length > minLength) break;
      if (neighbours(next[0]!).length > 2) {
        // Reached a junction: the walked path is a spur if it is short.
        if (path.length < minLength) for (const index of path) out[index] = 0;
        break;
      }
      previous = current;
      current = next[0]!;
      path.push(current);
    }
  }
  return out;
}
