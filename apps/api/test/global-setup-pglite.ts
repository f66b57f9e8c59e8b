import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../src/db/database.js";

/** Creating a PGlite directory takes 8-15 s: migrate one template per run, and let each test copy it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(join(tmpdir(), "digit-lab-api-fixtures-"));
  const template = join(root, "pglite-template");
  const database = await openDatabase({ kind: "pglite", dir: template });
  await database.close();
  project.provide("databaseKind", "pglite");
  project.provide("pgliteTemplate", template);
  return () => rm(root, { recursive: true, force: true });
}
