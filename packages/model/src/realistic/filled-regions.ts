/** Two-pass chamfer distance (1, sqrt 2) from every pixel to the nearest pixel where `mask` is not `inside`. */
function chamferDistance(mask: Uint8Array, width: number, height: number, inside: 0 | 1): Float32Array {
  const far = width + height;
  const distance = Float32Array.from(mask, (value) => (value === inside ? far : 0));
  const diagonal = Math.SQRT2;
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= width || y >= height ? (inside ? 0 : far) : distance[y * width + x]!);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      if (distance[i] === 0) continue;
      distance[i] = Math.min(distance[i]!, at(x - 1, y) + 1, at(x, y - 1) + 1, at(x - 1, y - 1) + diagonal, at(x + 1, y - 1) + diagonal);
    }
  }
  for (let y = height - 1; y >= 0; y--) {
    for (let x = width - 1; x >= 0; x--) {
      const i = y * width + x;
      if (distance[i] === 0) continue;
      distance[i] = Math.min(distance[i]!, at(x + 1, y) + 1, at(x, y + 1) + 1, at(x + 1, y + 1) + diagonal, at(x - 1, y + 1) + diagonal);
    }
  }
  return distance;
}

/**
 * The parts of a binary shape much thicker than its typical stroke (a loop filled in by a fat
 * pen, a blotted corner): a morphological opening with a disc of `factor` times the median
 * half-width measured on the centre line. Redrawing only the centre line would turn these into
 * thin lines and change the digit (a filled 9 becomes a 7), so the pen renderer keeps them filled.
 */
export function filledRegions(mask: Uint8Array, skeleton: Uint8Array, width: number, height: number, factor: number): Uint8Array | undefined {
  const depth = chamferDistance(mask, width, height, 1);
  const halfWidths: number[] = [];
  for (let i = 0; i < skeleton.length; i++) if (skeleton[i]) halfWidths.push(depth[i]!);
  if (halfWidths.length === 0) return undefined;
  halfWidths.sort((a, b) => a - b);
  const radius = factor * halfWidths[Math.floor(halfWidths.length / 2)]!;
  const core = Uint8Array.from(depth, (value) => (value > radius ? 1 : 0));
  if (!core.includes(1)) return undefined;
  const reach = chamferDistance(core, width, height, 0);
  return Uint8Array.from(reach, (value, i) => (value <= radius && mask[i] ? 1 : 0));
}
