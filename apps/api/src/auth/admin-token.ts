import { randomBytes } from "node:crypto";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export const ADMIN_TOKEN_FILE = "admin-token";

export interface AdminTokenSource {
  token: string;
  /** "env": ADMIN_TOKEN; "file": read from the data directory; "generated": created now (show it once). */
  origin: "env" | "file" | "generated";
  path?: string;
}

/** ADMIN_TOKEN when set; otherwise the token stored in the data directory, created (mode 0600) on first start. */
export async function resolveAdminToken(
  dataDir: string,
  fromEnv: string | undefined,
): Promise<AdminTokenSource> {
  if (fromEnv) return { token: fromEnv, origin: "env" };
  const path = join(dataDir, ADMIN_TOKEN_FILE);
  const existing = await readFile(path, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (existing?.trim()) return { token: existing.trim(), origin: "file", path };
  if (existing !== undefined) await rm(path);
  const token = `dla_${randomBytes(32).toString("base64url")}`;
  // "wx": if another process created it meanwhile, fail loudly rather than overwrite a token already shown.
  await writeFile(path, `${token}\n`, { mode: 0o600, flag: "wx" });
  return { token, origin: "generated", path };
}
