import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CREATE_API_KEY, PREDICT_DIGIT, TestClient } from "../test/graphql-client.js";
import {
  createTestDatabase,
  fixtureModelDirs,
  startTestServer,
  storedPredictionCount,
  TEST_ADMIN_TOKEN,
} from "../test/harness.js";
import { drawnDigitPng } from "../test/images.js";
import { openSocket, readResponse } from "../test/raw-http.js";
import { ADMIN_TOKEN_FILE } from "./auth/admin-token.js";
import { LOCK_FILE } from "./db/data-dir-lock.js";

const PACKAGE_DIR = resolve(import.meta.dirname, "..");

interface Started {
  child: ChildProcess;
  url: string;
  exit: Promise<{ code: number | null; stderr: string }>;
  printed: (text: string) => Promise<void>;
}

/** Runs src/main.ts exactly as `pnpm start` does, in its own process. */
function runMain(env: Record<string, string>): {
  child: ChildProcess;
  exit: Promise<{ code: number | null; stderr: string }>;
  stdout: () => string;
  /** Resolves when stdout contains `text` (at once if it already does). */
  printed: (text: string) => Promise<void>;
} {
  const child = spawn(
    process.execPath,
    ["--conditions=@digit-lab/source", "--import", "tsx", "src/main.ts"],
    {
      cwd: PACKAGE_DIR,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<{ code: number | null; stderr: string }>((done) =>
    child.once("exit", (code) => done({ code, stderr })),
  );
  const printed = (text: string) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!stdout.includes(text)) return;
        child.stdout!.off("data", check);
        resolve();
      };
      child.stdout!.on("data", check);
      child.once("exit", () => reject(new Error(`exited without printing ${text}: ${stderr}`)));
      check();
    });
  return { child, exit, stdout: () => stdout, printed };
}

async function startMain(env: Record<string, string>): Promise<Started> {
  const run = runMain(env);
  await run.printed('"API server listening"');
  const line = run
    .stdout()
    .split("\n")
    .find((text) => text.includes('"API server listening"'))!;
  return {
    child: run.child,
    url: (JSON.parse(line) as { url: string }).url,
    exit: run.exit,
    printed: run.printed,
  };
}

/** The environment of a real server process on a test database, any free port, the served fixture model. */
async function mainEnv(dataDir: string): Promise<Record<string, string>> {
  return {
    PORT: "0",
    DATA_DIR: dataDir,
    MODEL_DIR: (await fixtureModelDirs()).served,
    ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    LOG_LEVEL: "info",
    LOG_FORMAT: "json",
    // These tests are about the process, not its thread count: one recognition thread starts fastest.
    PREPROCESS_THREADS: "1",
  };
}

/** A multipart predictDigit request on a keep-alive connection, split so the file is only half sent at first. */
async function splitUpload(key: string): Promise<{ head: string; first: Buffer; rest: Buffer }> {
  const boundary = "----drain";
  const png = await drawnDigitPng(7);
  const preamble = [
    `--${boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: PREDICT_DIGIT, variables: { image: null } })}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ["variables.image"] })}\r\n`,
    `--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="slow.png"\r\nContent-Type: image/png\r\n\r\n`,
  ].join("");
  const body = Buffer.concat([Buffer.from(preamble), png, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const half = preamble.length + Math.floor(png.length / 2);
  const head =
    `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nApollo-Require-Preflight: true\r\nAuthorization: Bearer ${key}\r\n` +
    `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n`;
  return { head, first: body.subarray(0, half), rest: body.subarray(half) };
}

describe("the API process", () => {
  it("refuses to start with a bad variable, naming it", async () => {
    const { exit } = runMain({ PORT: "not-a-port", DATA_DIR: "/nonexistent" });
    const { code, stderr } = await exit;
    expect(code).toBe(1);
    expect(stderr).toContain("PORT: ");
    expect(stderr).toContain('(got "not-a-port")');
  });

  it("on SIGTERM finishes the upload in flight, then closes the database; a second process on the directory is refused", async () => {
    const database = await createTestDatabase();
    const env = await mainEnv(database.dataDir);
    const first = await startMain(env);

    const second = runMain(env);
    const refused = await second.exit;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`is already using the data directory ${database.dataDir}`);

    const key = (await new TestClient(first.url).query(CREATE_API_KEY, { name: "drain" })).data.createApiKey
      .key as string;
    const { head, first: firstHalf, rest } = await splitUpload(key);
    // A first request makes sure the connection is accepted before the signal closes the listener.
    const socket = await openSocket(first.url);
    socket.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    await readResponse(socket);
    const closed = new Promise((done) => socket.once("close", done));
    socket.write(head);
    socket.write(firstHalf);
    const answer = readResponse(socket);
    first.child.kill("SIGTERM");
    await first.printed("shutting down");
    expect(first.child.exitCode).toBeNull();
    socket.write(rest);
    const response = await answer;
    expect(response).toMatch(/^HTTP\/1.1 200/);
    expect(response).toMatch(/\r\nconnection: close\r\n/i);
    expect(response).toContain('"fileName":"slow.png"');
    // The server closes the connection after its last answer.
    await closed;

    const { code } = await first.exit;
    expect(code).toBe(0);
    expect(existsSync(join(database.dataDir, LOCK_FILE))).toBe(false);

    const reopened = await startTestServer(database);
    try {
      expect(await storedPredictionCount(reopened.admin)).toBe(1);
    } finally {
      await reopened.server.stop();
    }
  });

  it("greets a newcomer: a banner with the URL and the generated admin token (once), then terse request lines", async () => {
    const database = await createTestDatabase();
    // Development defaults: pretty logs; no ADMIN_TOKEN, so one is generated.
    const env = {
      ...(await mainEnv(database.dataDir)),
      NODE_ENV: "development",
      LOG_FORMAT: "",
      ADMIN_TOKEN: "",
    };
    const first = runMain(env);
    await first.printed("is ready at");
    const url = /is ready at (http:\/\/\S+)\/graphql/.exec(first.stdout())![1]!;
    const token = (await readFile(join(database.dataDir, ADMIN_TOKEN_FILE), "utf8")).trim();
    expect(first.stdout()).toContain(`    ${token}\n`);
    expect(
      (await new TestClient(url).withKey(token).query("{ viewer { isAdmin } }")).data.viewer.isAdmin,
    ).toBe(true);
    // Recognition threads hold the model; the event loop still builds the architectures to describe them.
    const described = await new TestClient(url).query("{ architectures { name parameterCount } }");
    expect(described.errors).toBeUndefined();
    expect(described.data.architectures).toContainEqual({ name: "compact", parameterCount: 321_323 });
    await first.printed("POST /graphql 200");
    // One line per request, no headers, no JSON.
    expect(first.stdout()).toMatch(/^\d\d:\d\d:\d\d INFO {2}POST \/graphql 200 \d+ ms$/m);
    expect(first.stdout()).not.toMatch(/user-agent|authorization|"level"/i);
    first.child.kill("SIGTERM");
    expect((await first.exit).code).toBe(0);

    const second = runMain(env);
    await second.printed("is ready at");
    expect(second.stdout()).toContain(`admin token: in ${join(database.dataDir, ADMIN_TOKEN_FILE)}`);
    expect(second.stdout()).not.toContain(token);
    second.child.kill("SIGTERM");
    expect((await second.exit).code).toBe(0);
  });

  it("requeues a run interrupted by killing the process at the next start, counting the attempt", async () => {
    const database = await createTestDatabase();
    const env = await mainEnv(database.dataDir);
    const killed = await startMain(env);
    const admin = new TestClient(killed.url).withKey(TEST_ADMIN_TOKEN);
    const started = await admin.query(
      'mutation { startTrainingRun(input: { architecture: "reference", epochs: 50, augment: false }) { id } }',
    );
    const id = started.data.startTrainingRun.id as string;
    const statusOf = async (client: TestClient) =>
      (await client.query("query ($id: ID!) { trainingRun(id: $id) { status attempts error } }", { id })).data
        .trainingRun;
    for (let waited = 0; (await statusOf(admin)).status !== "RUNNING"; waited += 100) {
      if (waited > 30_000) throw new Error("the run was not claimed within 30 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    killed.child.kill("SIGKILL");
    await killed.exit;

    // The only trainer of the embedded database requeues it at start and claims it again at once.
    const restarted = await startTestServer(database);
    try {
      for (let waited = 0; (await statusOf(restarted.admin)).status !== "RUNNING"; waited += 100) {
        if (waited > 30_000) throw new Error("the run was not claimed again within 30 s");
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await statusOf(restarted.admin)).toEqual({ status: "RUNNING", attempts: 2, error: null });
    } finally {
      await restarted.server.stop();
    }
  });
});
