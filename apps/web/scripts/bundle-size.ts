// Prints each route's first-load JavaScript, raw and gzipped, from `next build`'s diagnostics.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

interface RouteStats {
  route: string;
  firstLoadChunkPaths: string[];
}

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const stats = JSON.parse(
  await readFile(join(WEB_DIR, ".next/diagnostics/route-bundle-stats.json"), "utf8"),
) as RouteStats[];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const gzipped = new Map<string, { raw: number; gzip: number }>();
async function size(path: string) {
  let known = gzipped.get(path);
  if (!known) {
    const bytes = await readFile(join(WEB_DIR, path));
    known = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    gzipped.set(path, known);
  }
  return known;
}

console.log("route".padEnd(20), "first-load JS".padStart(14), "gzipped".padStart(12));
for (const { route, firstLoadChunkPaths } of stats.sort((a, b) => a.route.localeCompare(b.route))) {
  const sizes = await Promise.all(firstLoadChunkPaths.map(size));
  const raw = sizes.reduce((sum, s) => sum + s.raw, 0);
  const gzip = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(route.padEnd(20), kB(raw).padStart(14), kB(gzip).padStart(12));
}
