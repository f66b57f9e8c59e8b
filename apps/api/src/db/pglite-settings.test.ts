import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";
import { COMPILED_STARTUP_OPTIONS, PgliteSettingsError, startupOptions } from "./pglite-settings.js";

async function show(db: PGlite, name: string): Promise<string> {
  const { rows } = await db.query<Record<string, string>>(`SHOW ${name}`);
  return rows[0]![name]!;
}

describe("startupOptions", () => {
  it("starts Postgres with the buffers given instead of the compiled ones, in less memory", async () => {
    const db = await PGlite.create({
      extensions: { startupOptions: startupOptions({ shared_buffers: "8MB", wal_buffers: "1MB" }) },
    });
    try {
      expect(await show(db, "shared_buffers")).toBe("8MB");
      expect(await show(db, "wal_buffers")).toBe("1MB");
      // With the compiled 128MB + 4MB the wasm memory grows to 174 MiB.
      expect(db.Module.HEAP8.length).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await db.close();
    }
  });

  it("refuses a value that is not a size or is longer than the compiled one", () => {
    expect(() => startupOptions({ shared_buffers: "lots" })).toThrow(PgliteSettingsError);
    expect(() => startupOptions({ shared_buffers: "1000000MB" })).toThrow(/no longer than "128MB"/);
  });

  it("fails the start of a PGlite whose wasm lacks a compiled option", async () => {
    const extension = startupOptions({ wal_buffers: "1MB" });
    const { emscriptenOpts, init } = await extension.setup({} as never, {});
    // Static data with the option compiled differently.
    const heap = new TextEncoder().encode("\0wal_buffers=8MB\0other\0");
    for (const preRun of emscriptenOpts.preRun) preRun({ HEAPU8: heap });
    await expect(init!()).rejects.toThrow(`"wal_buffers=${COMPILED_STARTUP_OPTIONS.wal_buffers}"`);
  });
});
