// First-load JavaScript per route from `next build`'s diagnostics, shared by `size` and `bench:web`.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

interface RouteStats {
  route: string;
  firstLoadChunkPaths: string[];
}

export interface RouteBundle {
  route: string;
  raw: number;
  gzip: number;
}

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Every route's first-load JS, raw and gzipped at level 9, sorted by route. */
export async function firstLoadJs(): Promise<RouteBundle[]> {
  const stats = JSON.parse(
    await readFile(join(WEB_DIR, ".next/diagnostics/route-bundle-stats.json"), "utf8"),
  ) as RouteStats[];
  const known = new Map<string, Promise<{ raw: number; gzip: number }>>();
  const size = (path: string) => {
    let sized = known.get(path);
    if (!sized) {
      sized = readFile(join(WEB_DIR, path)).then((bytes) => ({
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      }));
      known.set(path, sized);
    }
    return sized;
  };
  const routes = await Promise.all(
    stats.map(async ({ route, firstLoadChunkPaths }) => {
      const sizes = await Promise.all(firstLoadChunkPaths.map(size));
      return {
        route,
        raw: sizes.reduce((sum, s) => sum + s.raw, 0),
        gzip: sizes.reduce((sum, s) => sum + s.gzip, 0),
      };
    }),
  );
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
