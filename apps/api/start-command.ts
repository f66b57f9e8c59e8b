// How `pnpm start` runs the API, read from its start script, so every launcher (the product's own
// `pnpm start` stack, the end-to-end stack, bench:api) runs it with the same environment and node flags.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface ApiStartCommand {
  /** Environment assignments before `node` (NAME=value), e.g. MALLOC_ARENA_MAX, which glibc reads only at start. */
  env: Record<string, string>;
  /** Node's flags, e.g. --single-threaded-gc, which V8 takes only on the command line. */
  flags: string[];
  /** The entry, relative to the API's directory. */
  entry: string;
}

// Not import.meta.dirname: it came in Node 20.11, and engines allow 20.9.
export const API_DIR = dirname(fileURLToPath(import.meta.url));

/** The start script as "[NAME=value...] node <flags> dist/main.js"; anything else is an error naming it. */
export function apiStartCommand(): ApiStartCommand {
  const { scripts } = JSON.parse(readFileSync(join(API_DIR, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const words = scripts.start.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (/^[A-Z_][A-Z0-9_]*=/.test(words[0] ?? "")) {
    const [name, ...value] = words.shift()!.split("=");
    env[name!] = value.join("=");
  }
  const entry = words.at(-1);
  if (words[0] !== "node" || entry !== "dist/main.js")
    throw new Error(
      `the API's start script is not "[NAME=value...] node <flags> dist/main.js": ${scripts.start}`,
    );
  return { env, flags: words.slice(1, -1), entry };
}
