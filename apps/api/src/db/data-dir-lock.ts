import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

export const LOCK_FILE = "server.lock";

export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
}

export interface DataDirLock {
  release(): Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Also refuses a second server inside the same process (tests, embedders) until the first releases.
const heldHere = new Set<string>();

/**
 * Exclusive lock on a data directory for the embedded database, which has no lock of its own.
 * A pid file rather than a timed lease, so a crashed server's lock is free again at once.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (heldHere.has(path)) throw lockedError(dataDir, process.pid);
    try {
      const handle = await open(path, "wx", 0o600);
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      heldHere.add(path);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          heldHere.delete(path);
          await rm(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const pid = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw lockedError(dataDir, pid);
    // Left behind by a server that died: take it over.
    await rm(path, { force: true });
  }
  throw new DataDirLockedError(
    `Could not lock the data directory ${dataDir}: another server keeps taking ${LOCK_FILE}.`,
  );
}

function lockedError(dataDir: string, pid: number): DataDirLockedError {
  return new DataDirLockedError(
    `Another API server (pid ${pid}) is already using the data directory ${dataDir}. ` +
      `The embedded database allows one server per directory: stop it, or set DATA_DIR to another directory (or DATABASE_URL to a PostgreSQL server).`,
  );
}
