// Prints each route's first-load JavaScript, raw and gzipped, from `next build`'s diagnostics.
import { firstLoadJs, kB } from "./bundle-stats";

console.log("route".padEnd(20), "first-load JS".padStart(14), "gzipped".padStart(12));
for (const { route, raw, gzip } of await firstLoadJs()) {
  console.log(route.padEnd(20), kB(raw).padStart(14), kB(gzip).padStart(12));
}
