import type { Extension } from "@electric-sql/pglite";

/**
 * PGlite 0.3 starts Postgres with startup options compiled into its wasm (`-c shared_buffers=128MB
 * -c wal_buffers=4MB` among them); a command-line option outranks postgresql.conf and ALTER SYSTEM,
 * and PGlite offers no option for them. The buffers are allocated and zeroed at start, so they are
 * resident for the thread's life: 141 MB of shared memory for a history a few MB hot.
 */
export const COMPILED_STARTUP_OPTIONS = { shared_buffers: "128MB", wal_buffers: "4MB" } as const;

export type StartupOption = keyof typeof COMPILED_STARTUP_OPTIONS;

/**
 * The embedded database's buffers: 16 MB of pages holds the history's indexes and recent rows (a
 * page is evicted to the OS cache, not lost), and 1 MB of WAL buffers is more than one batched
 * INSERT writes before its commit flushes them. Measured: the thread's wasm memory 174 -> 32 MiB.
 */
export const EMBEDDED_STARTUP_OPTIONS: Record<StartupOption, string> = {
  shared_buffers: "16MB",
  wal_buffers: "1MB",
};

export class PgliteSettingsError extends Error {
  override name = "PgliteSettingsError";
}

/** Replaces the NUL-terminated `from` (found exactly once) with `to`, not longer; false when not found once. */
function overwriteCString(memory: Uint8Array, from: string, to: string): boolean {
  const needle = Buffer.from(`${from}\0`, "latin1");
  const heap = Buffer.from(memory.buffer, memory.byteOffset, memory.byteLength);
  const at = heap.indexOf(needle);
  if (at < 0 || heap.indexOf(needle, at + 1) >= 0) return false;
  Buffer.from(`${to}\0`, "latin1").copy(heap, at);
  return true;
}

/**
 * A PGlite extension that changes compiled startup options before Postgres reads its arguments: it
 * rewrites their text in the module's static data, between instantiation and `main` (emscripten's
 * preRun). Values must be sizes no longer than the compiled ones (Postgres aborts on a bad value).
 * A PGlite whose wasm lacks an option fails PGlite.create, after start-up (an error thrown in preRun
 * would be lost and hang it).
 */
export function startupOptions(options: Partial<Record<StartupOption, string>>): Extension {
  const rewrites = Object.entries(options).map(([name, value]) => {
    const from = `${name}=${COMPILED_STARTUP_OPTIONS[name as StartupOption]}`;
    const to = `${name}=${value}`;
    if (!/^\d+(kB|MB)$/.test(value!) || to.length > from.length)
      throw new PgliteSettingsError(
        `${name} must be a size such as 16MB or 512kB no longer than "${COMPILED_STARTUP_OPTIONS[name as StartupOption]}", got "${value}"`,
      );
    return { from, to };
  });
  const missing: string[] = [];
  return {
    name: "startup-options",
    setup: async (_pg, emscriptenOpts: { preRun?: Array<(module: { HEAPU8: Uint8Array }) => void> }) => ({
      emscriptenOpts: {
        ...emscriptenOpts,
        preRun: [
          ...(emscriptenOpts.preRun ?? []),
          (module: { HEAPU8: Uint8Array }) => {
            for (const { from, to } of rewrites)
              if (!overwriteCString(module.HEAPU8, from, to)) missing.push(from);
          },
        ],
      },
      init: async () => {
        if (missing.length > 0)
          throw new PgliteSettingsError(
            `PGlite's wasm does not hold the startup option ${missing.map((from) => `"${from}"`).join(", ")} exactly once (another PGlite version?)`,
          );
      },
    }),
  };
}
