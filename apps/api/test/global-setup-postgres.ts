import type { TestProject } from "vitest/node";
import { findPostgresBinaries, startPostgres } from "./postgres-server.js";

/** Starts one PostgreSQL server per run; each test file gets its own database in it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide("databaseKind", "postgres");
  const bin = await findPostgresBinaries();
  if (!bin) {
    // CI installs PostgreSQL, so there a missing server is a failure, never a silent skip.
    if (process.env.CI === "true")
      throw new Error("PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (CI=true)");
    project.provide("postgresUrl", null);
    project.provide("postgresSkipReason", "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin");
    return async () => undefined;
  }
  const server = await startPostgres(bin);
  project.provide("postgresUrl", server.url);
  project.provide("postgresSkipReason", "");
  return () => server.stop();
}
