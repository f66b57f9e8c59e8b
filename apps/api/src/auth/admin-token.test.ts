import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN_FILE, resolveAdminToken } from "./admin-token.js";

describe("resolveAdminToken", () => {
  it("generates a token on first start into an owner-only file, then reuses it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "admin-"));
    const first = await resolveAdminToken(dir, undefined);
    expect(first.origin).toBe("generated");
    expect(first.token).toMatch(/^dla_[A-Za-z0-9_-]{43}$/);
    const path = join(dir, ADMIN_TOKEN_FILE);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await readFile(path, "utf8")).trim()).toBe(first.token);
    const second = await resolveAdminToken(dir, undefined);
    expect(second).toEqual({ token: first.token, origin: "file", path });
  });

  it("prefers ADMIN_TOKEN and writes nothing then", async () => {
    const dir = await mkdtemp(join(tmpdir(), "admin-"));
    expect(await resolveAdminToken(dir, "from-the-environment")).toEqual({
      token: "from-the-environment",
      origin: "env",
    });
    await expect(stat(join(dir, ADMIN_TOKEN_FILE))).rejects.toThrow(/ENOENT/);
  });
});
