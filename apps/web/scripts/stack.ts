// Starts Digit Lab's API and web server as child processes, waits until both are ready (API: database up, model loaded), and stops them by pid.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { API_DIR, apiStartCommand } from "../../api/start-command";

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const HOST = "127.0.0.1";

export interface StackOptions {
  apiPort: number;
  webPort: number;
  /** Extra environment for both children, on top of this process's (DATA_DIR, ADMIN_TOKEN, MODEL_DIR… pass through). */
  env?: Record<string, string>;
  /** Where child output goes; each line is prefixed with [api] or [web]. */
  log?: (line: string) => void;
  /** How long to wait for both servers to answer. */
  readyTimeoutMs?: number;
}

export interface Stack {
  apiUrl: string;
  webUrl: string;
  /** Resolves with a reason when either server exits without being stopped. */
  crashed: Promise<string>;
  /** SIGTERM both, SIGKILL after a grace period; resolves when both have exited. */
  stop: () => Promise<void>;
  /** SIGTERM both right now, for a process that is exiting and cannot wait. */
  killNow: () => void;
}

function pipeLines(child: ChildProcess, name: string, log: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = "";
    stream?.setEncoding("utf8");
    stream?.on("data", (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) log(`[${name}] ${line}`);
    });
  }
}

function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined)
    return Promise.resolve();
  const pid = child.pid;
  return new Promise((done) => {
    const force = setTimeout(() => {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone between the check and the kill.
      }
    }, graceMs);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    process.kill(pid, "SIGTERM");
  });
}

async function waitForOk(url: string, deadline: number, alive: () => string | null): Promise<void> {
  for (;;) {
    const died = alive();
    if (died) throw new Error(died);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Both run their builds, as their `start` scripts do: `pnpm build` (turbo) makes them. */
export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync(join(WEB_DIR, ".next", "BUILD_ID"))) {
    throw new Error("The web app is not built: run `pnpm build` first.");
  }
  // The API as its own `pnpm start` runs it: the same environment (MALLOC_ARENA_MAX) and node flags.
  const apiStart = apiStartCommand();
  if (!existsSync(join(API_DIR, apiStart.entry))) {
    throw new Error("The API is not built: run `pnpm build` first.");
  }
  const apiUrl = `http://${HOST}:${options.apiPort}`;
  const webUrl = `http://${HOST}:${options.webPort}`;
  const baseEnv = { ...process.env, ...options.env };

  const api = spawn(process.execPath, [...apiStart.flags, apiStart.entry], {
    cwd: API_DIR,
    env: { ...apiStart.env, ...baseEnv, PORT: String(options.apiPort), HOST },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const nextBin = createRequire(join(WEB_DIR, "package.json")).resolve("next/dist/bin/next");
  const web = spawn(process.execPath, [nextBin, "start", "-p", String(options.webPort), "-H", HOST], {
    cwd: WEB_DIR,
    env: { ...baseEnv, API_URL: apiUrl, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const children = [
    { name: "api", child: api },
    { name: "web", child: web },
  ];
  for (const { name, child } of children) pipeLines(child, name, log);

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await Promise.all(children.map(({ child }) => stopChild(child)));
  };
  const killNow = () => {
    stopping = true;
    for (const { child } of children)
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  const crashed = new Promise<string>((report) => {
    for (const { name, child } of children) {
      child.once("exit", (code, signal) => {
        if (!stopping) report(`the ${name} server exited (${code ?? signal})`);
      });
    }
  });
  const exited = () => {
    const gone = children.find(({ child }) => child.exitCode !== null || child.signalCode !== null);
    return gone
      ? `the ${gone.name} server exited (${gone.child.exitCode ?? gone.child.signalCode}) before it was ready`
      : null;
  };
  const deadline = Date.now() + (options.readyTimeoutMs ?? 180_000);
  try {
    await Promise.all([
      waitForOk(`${apiUrl}/readyz`, deadline, exited),
      waitForOk(`${webUrl}/`, deadline, exited),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiUrl, webUrl, crashed, stop, killNow };
}
