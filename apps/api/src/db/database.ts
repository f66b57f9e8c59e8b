import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { startThread } from "@digit-lab/worker-thread";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import type { PgliteThreadData, PgliteThreadMessage } from "./pglite-thread.js";
import * as schema from "./schema.js";

/** The drizzle-kit output folder, the same from src/ and dist/. */
export const MIGRATIONS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "../../drizzle");

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Linux thread id of the embedded database's thread (for its CPU time); undefined on PostgreSQL. */
  threadId?: number | undefined;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string };

/** Any constant shared by every process of the deployment: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 0x6469_6769; // "digi"

/**
 * Replicas and workers starting together on a fresh database would each create the same tables; a
 * session advisory lock lets one migrate while the others wait, then find nothing left to do.
 */
async function migrateSerially(pool: pg.Pool, migrate: () => Promise<void>): Promise<void> {
  const lock = await pool.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await migrate();
    } finally {
      await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  } finally {
    lock.release();
  }
}

function nextMessage(thread: Worker): Promise<PgliteThreadMessage> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number) => reject(new Error(`the embedded database thread exited (code ${code})`));
    thread.once("error", reject);
    thread.once("exit", onExit);
    thread.once("message", (message: PgliteThreadMessage) => {
      thread.off("error", reject);
      thread.off("exit", onExit);
      resolve(message);
    });
  });
}

/**
 * The database thread's garbage per query is a few protocol messages; V8 would grow its young
 * generation to 16 MB under load, 4 MB keeps it resident smaller (CPU per query measured unchanged).
 */
const DATABASE_YOUNG_GENERATION_MB = 4;

/** PGlite on its own thread, reached through `pg` on a unix socket like any PostgreSQL server. */
async function openEmbedded(dir: string, migrationsFolder: string): Promise<DatabaseHandle> {
  const thread = startThread(import.meta.url, "./pglite-thread", {
    workerData: { dir } satisfies PgliteThreadData,
    resourceLimits: { maxYoungGenerationSizeMb: DATABASE_YOUNG_GENERATION_MB },
  });
  const ready = await nextMessage(thread);
  if (ready.type !== "ready") {
    await thread.terminate();
    throw new Error(
      `Could not open the embedded database in ${dir}: ${ready.type === "failed" ? ready.message : ready.type}`,
    );
  }
  // After start-up a crashed thread fails the next query and ping(); it must not take the process down.
  let crashed: Error | undefined;
  thread.on("error", (error) => (crashed = error));
  // The socket accepts one connection (see pglite-thread.ts): queries queue in the pool instead.
  const pool = new pg.Pool({
    host: ready.socketDir,
    port: ready.port,
    user: "postgres",
    database: "postgres",
    max: 1,
  });
  pool.on("error", () => undefined);
  const db = drizzleNodePostgres({ client: pool, schema });
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await pool.end();
      if (crashed) return;
      const closed = nextMessage(thread).catch(() => undefined);
      thread.postMessage("close");
      await closed;
      await thread.terminate();
    })());
  try {
    // No advisory lock: the data directory's lock already makes this process PGlite's only user.
    await migrateNodePostgres(db, { migrationsFolder });
  } catch (error) {
    await close();
    throw error;
  }
  return {
    db,
    kind: "pglite",
    threadId: ready.threadId,
    ping: async () => {
      if (crashed) throw crashed;
      await db.execute(sql`select 1`);
    },
    close,
  };
}

/** Opens PGlite (a directory) or PostgreSQL (a URL) and applies pending migrations (from `migrationsFolder`, tests only). */
export async function openDatabase(
  target: DatabaseTarget,
  migrationsFolder = MIGRATIONS_DIR,
): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle client losing its server must not crash the process; the next query reports it.
    pool.on("error", () => undefined);
    const db = drizzleNodePostgres({ client: pool, schema });
    try {
      await migrateSerially(pool, () => migrateNodePostgres(db, { migrationsFolder }));
    } catch (error) {
      await pool.end();
      throw error;
    }
    return {
      db,
      kind: "postgres",
      ping: async () => void (await db.execute(sql`select 1`)),
      close: () => pool.end(),
    };
  }
  return openEmbedded(target.dir, migrationsFolder);
}
