// Worker-thread entry of the embedded database: PGlite (wasm) serves the PostgreSQL wire protocol on a
// unix socket, so its parsing, planning and storage run here and the event loop only speaks `pg`.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { linuxThreadId } from "@digit-lab/worker-thread";
import { EMBEDDED_STARTUP_OPTIONS, startupOptions } from "./pglite-settings.js";

export interface PgliteThreadData {
  dir: string;
}

/** Sent once the socket listens (or PGlite could not open), and once everything is closed. */
export type PgliteThreadMessage =
  | { type: "ready"; socketDir: string; port: number; threadId: number | undefined }
  | { type: "failed"; message: string }
  | { type: "closed" };

/** The port pg puts into the socket's file name (`.s.PGSQL.<port>`). */
const SOCKET_PORT = 5432;

const port = parentPort!;
const { dir } = workerData as PgliteThreadData;

try {
  const db = await PGlite.create(dir, {
    extensions: { startupOptions: startupOptions(EMBEDDED_STARTUP_OPTIONS) },
  });
  // A private (0700) directory: the socket has no password, so only this user may reach it.
  const socketDir = await mkdtemp(join(tmpdir(), "digit-lab-db-"));
  // One connection: PGlite is one backend, and a second client's messages would interleave with the
  // first one's unnamed statements; the main thread's pool queues instead.
  const server = new PGLiteSocketServer({
    db,
    path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`),
    maxConnections: 1,
  });
  await server.start();
  port.once("message", async () => {
    await server.stop();
    await db.close();
    await rm(socketDir, { recursive: true, force: true });
    port.postMessage({ type: "closed" } satisfies PgliteThreadMessage);
    port.close();
  });
  port.postMessage({
    type: "ready",
    socketDir,
    port: SOCKET_PORT,
    threadId: linuxThreadId(),
  } satisfies PgliteThreadMessage);
} catch (error) {
  port.postMessage({ type: "failed", message: (error as Error).message } satisfies PgliteThreadMessage);
  port.close();
}
