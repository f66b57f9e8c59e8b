import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  createTestDatabase,
  databaseKind,
  fixtureModelDirs,
  postgresUnavailable,
  TEST_ADMIN_TOKEN,
} from "../../test/harness.js";
import { asUnprivileged, freePort } from "../../test/postgres-server.js";

const PACKAGE_DIR = resolve(import.meta.dirname, "../..");
const NGINX = "/usr/sbin/nginx";
// CI installs nginx, so there a missing binary fails the suite instead of skipping it.
const nginxMissing = !existsSync(NGINX) && process.env.CI !== "true";

interface Replica {
  child: ChildProcess;
  exit: Promise<number | null>;
  output: () => string;
}

/** A replica started as the fleet deployment says: `node` directly, JSON logs; resolves once it listens. */
async function startReplica(env: Record<string, string>): Promise<Replica> {
  const child = spawn(
    process.execPath,
    ["--conditions=@digit-lab/source", "--import", "tsx", "src/main.ts"],
    {
      cwd: PACKAGE_DIR,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  const listening = new Promise<void>((done, fail) => {
    const check = () => {
      if (output.includes('"API server listening"')) done();
    };
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      check();
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => fail(new Error(`the replica exited with ${code}:\n${output}`)));
  });
  const exit = new Promise<number | null>((done) => child.once("exit", done));
  await listening;
  return { child, exit, output: () => output };
}

/** nginx with apps/api/deploy/nginx.conf, its ports rewritten, as an unprivileged user; resolves once it answers. */
async function startNginx(ports: { listen: number; first: number; second: number }) {
  const dir = await mkdtemp(join(tmpdir(), "digit-lab-nginx-"));
  const site = (await readFile(join(PACKAGE_DIR, "deploy/nginx.conf"), "utf8"))
    .replace("listen 8080;", `listen 127.0.0.1:${ports.listen};`)
    .replace("127.0.0.1:4001", `127.0.0.1:${ports.first}`)
    .replace("127.0.0.1:4002", `127.0.0.1:${ports.second}`);
  await writeFile(join(dir, "site.conf"), site);
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const name of temp) await mkdir(join(dir, name));
  await writeFile(
    join(dir, "nginx.conf"),
    `daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
${temp.map((name) => `  ${name}_temp_path ${dir}/${name};`).join("\n")}
  include ${dir}/site.conf;
}
`,
  );
  if (process.getuid?.() === 0) {
    for (const path of [dir, ...temp.map((name) => join(dir, name))]) await chown(path, 65534, 65534);
  }
  const [command, args] = asUnprivileged(NGINX, ["-e", "stderr", "-p", dir, "-c", join(dir, "nginx.conf")]);
  const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"] });
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((done) => child.once("exit", done));
  const url = `http://127.0.0.1:${ports.listen}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output}`);
    const status = await fetch(`${url}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer within 20 s:\n${output}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      child.kill("SIGQUIT"); // graceful shutdown
      await exit;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe.runIf(databaseKind === "postgres" && !postgresUnavailable && !nginxMissing)(
  "nginx in front of two replicas (apps/api/deploy/nginx.conf)",
  () => {
    it(
      "keeps answering while each replica in turn is stopped and started again",
      { timeout: 240_000 },
      async () => {
        const database = await createTestDatabase();
        // On PostgreSQL a replica keeps nothing on disk: this directory must never be made.
        const dataDir = join(database.dataDir, "never-made");
        const ports = { listen: await freePort(), first: await freePort(), second: await freePort() };
        const envFor = async (port: number) => ({
          NODE_ENV: "production",
          PORT: String(port),
          DATABASE_URL: database.databaseUrl!,
          ADMIN_TOKEN: TEST_ADMIN_TOKEN,
          DATA_DIR: dataDir,
          MODEL_DIR: (await fixtureModelDirs()).served,
          TRAINER: "none",
          TRUST_PROXY: "loopback",
          // Health checks are logged at debug: the test sees which replica nginx sent them to.
          LOG_LEVEL: "debug",
          // The fleet, not the thread count, is under test: one recognition thread starts fastest.
          PREPROCESS_THREADS: "1",
        });
        const replicas = await Promise.all([
          startReplica(await envFor(ports.first)),
          startReplica(await envFor(ports.second)),
        ]);
        const nginx = await startNginx(ports);
        const failures: string[] = [];
        let answered = 0;
        let running = true;
        // One client, sequential requests through nginx for the whole test: every one must be answered.
        const load = (async () => {
          while (running) {
            const ready = await fetch(`${nginx.url}/readyz`).then((response) => response.status, String);
            const graphql = await fetch(`${nginx.url}/graphql`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: JSON.stringify({ query: "{ activeModel { name } }" }),
            }).then(async (response) => `${response.status} ${await response.text()}`, String);
            if (ready !== 200) failures.push(`readyz: ${ready}`);
            if (!graphql.startsWith('200 {"data":{"activeModel":{"name":"fixture-a"}}}'))
              failures.push(graphql);
            answered++;
          }
        })();
        const answeredMore = async (count: number) => {
          const target = answered + count;
          const deadline = Date.now() + 20_000;
          while (answered < target) {
            if (Date.now() > deadline) throw new Error(`only ${answered} of ${target} requests answered`);
            await new Promise((done) => setTimeout(done, 20));
          }
        };
        const servedThroughNginx = async (replica: Replica) => {
          const deadline = Date.now() + 30_000;
          // Either request of the loop: with two replicas, round robin may send it only the /readyz ones.
          while (!/"msg":"(GET \/readyz|POST \/graphql) 200/.test(replica.output())) {
            if (Date.now() > deadline)
              throw new Error(`nginx sent nothing to the restarted replica:\n${replica.output()}`);
            await new Promise((done) => setTimeout(done, 50));
          }
        };
        try {
          await answeredMore(20);
          for (const [index, port] of [ports.first, ports.second].entries()) {
            const replica = replicas[index]!;
            replica.child.kill("SIGTERM");
            // Started with node directly: a clean stop is exit code 0, with no package manager in between.
            expect(await replica.exit).toBe(0);
            await answeredMore(20);
            replicas[index] = await startReplica(await envFor(port));
            // As a rolling deploy would: the next replica stops only once nginx sends to this one again.
            await servedThroughNginx(replicas[index]!);
            await answeredMore(20);
          }
          expect(failures, nginx.output()).toEqual([]);
          expect(existsSync(dataDir)).toBe(false);
        } finally {
          running = false;
          await load;
          await nginx.stop();
          for (const replica of replicas) replica.child.kill("SIGTERM");
          await Promise.all(replicas.map((replica) => replica.exit));
        }
      },
    );
  },
);
