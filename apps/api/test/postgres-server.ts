import { spawn, execFile, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdtemp, readdir, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
const UNPRIVILEGED_ID = 65534; // nobody/nogroup: PostgreSQL refuses to run as root.

export interface PostgresServer {
  /** Superuser URL of the `postgres` database. */
  url: string;
  stop(): Promise<void>;
}

/** The newest /usr/lib/postgresql/<version>/bin that has initdb and postgres, if any. */
export async function findPostgresBinaries(): Promise<string | undefined> {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? (await readdir(root)).sort((a, b) => Number(b) - Number(a)) : [];
  return versions
    .map((version) => join(root, version, "bin"))
    .find((bin) => existsSync(join(bin, "initdb")) && existsSync(join(bin, "postgres")));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs as nobody when we are root (setpriv execs in place, so signals reach postgres itself). */
export function asUnprivileged(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return [
    "setpriv",
    [`--reuid=${UNPRIVILEGED_ID}`, `--regid=${UNPRIVILEGED_ID}`, "--clear-groups", command, ...args],
  ];
}

async function waitUntilAccepting(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`postgres exited with code ${server.exitCode}:\n${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline)
        throw new Error(
          `postgres did not accept connections within 30 s: ${(error as Error).message}\n${log()}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A throwaway PostgreSQL cluster on 127.0.0.1 (trust auth, no fsync), removed by stop(). */
export async function startPostgres(bin: string): Promise<PostgresServer> {
  const root = await mkdtemp(join(tmpdir(), "digit-lab-pg-"));
  const dataDir = join(root, "data");
  if (process.getuid?.() === 0) await chown(root, UNPRIVILEGED_ID, UNPRIVILEGED_ID);
  await run(
    ...asUnprivileged(join(bin, "initdb"), [
      "-D",
      dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "--no-sync",
      "-E",
      "UTF8",
      "--no-instructions",
    ]),
  );
  const port = await freePort();
  const [command, args] = asUnprivileged(join(bin, "postgres"), [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-h",
    "127.0.0.1",
    "-k",
    root,
    "-F",
    "-c",
    "max_connections=200",
    "-c",
    "shared_buffers=32MB",
  ]);
  const server = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  server.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000)));
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGINT"); // fast shutdown
      await exited;
    }
    await rm(root, { recursive: true, force: true });
  };
  try {
    await waitUntilAccepting(url, server, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
