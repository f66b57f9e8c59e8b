import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startStack } from "../scripts/stack";
import { ARTIFACTS_DIR } from "./artifacts";
import { freePort } from "./free-port";

export const ADMIN_TOKEN = "e2e-admin-token-0123456789";

declare module "vitest" {
  export interface ProvidedContext {
    webUrl: string;
    apiUrl: string;
    adminToken: string;
  }
}

/** One API (fresh temp DATA_DIR, shipped model) and one `next start` for the whole run, on free loopback ports. */
export default async function setup(project: TestProject) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const dataDir = await mkdtemp(join(tmpdir(), "digit-lab-e2e-"));
  const serverLog = createWriteStream(join(ARTIFACTS_DIR, "servers.log"));
  const stack = await startStack({
    apiPort: await freePort(),
    webPort: await freePort(),
    env: { DATA_DIR: dataDir, ADMIN_TOKEN, LOG_LEVEL: "warn" },
    log: (line) => serverLog.write(`${line}\n`),
  }).catch((error: unknown) => {
    serverLog.end();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)} (see ${join(ARTIFACTS_DIR, "servers.log")})`,
    );
  });
  project.provide("webUrl", stack.webUrl);
  project.provide("apiUrl", stack.apiUrl);
  project.provide("adminToken", ADMIN_TOKEN);
  return async () => {
    await stack.stop();
    serverLog.end();
    await rm(dataDir, { recursive: true, force: true });
  };
}
