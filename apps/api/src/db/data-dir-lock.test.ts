import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "./data-dir-lock.js";

describe("lockDataDir", () => {
  it("lets one holder in, refuses a second with a message naming the directory, and frees on release", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lock-"));
    const lock = await lockDataDir(dir);
    expect(await readFile(join(dir, LOCK_FILE), "utf8")).toBe(`${process.pid}\n`);
    expect((await stat(join(dir, LOCK_FILE))).mode & 0o777).toBe(0o600);
    const second = lockDataDir(dir);
    await expect(second).rejects.toThrow(DataDirLockedError);
    await expect(lockDataDir(dir)).rejects.toThrow(`is already using the data directory ${dir}`);
    await lock.release();
    const again = await lockDataDir(dir);
    await again.release();
  });

  it("takes over the lock of a process that no longer exists", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lock-"));
    const gone = spawnSync(process.execPath, [
      "-e",
      "process.stdout.write(String(process.pid))",
    ]).stdout.toString();
    await writeFile(join(dir, LOCK_FILE), `${gone}\n`);
    const lock = await lockDataDir(dir);
    expect(await readFile(join(dir, LOCK_FILE), "utf8")).toBe(`${process.pid}\n`);
    await lock.release();
  });

  it("refuses while another live process holds it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lock-"));
    // Our parent process is certainly alive and is not us.
    await writeFile(join(dir, LOCK_FILE), `${process.ppid}\n`);
    await expect(lockDataDir(dir)).rejects.toThrow(`(pid ${process.ppid})`);
  });
});
