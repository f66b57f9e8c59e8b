/**
 * `pnpm bench:api`: drives predictDigit at 32 concurrent connections against a fresh server process
 * on loopback, in sections (all by default; `--sections=canvas,mixed,postgres` picks some):
 * - canvas: 280x280 drawing-pad PNGs on the embedded PGlite (the targets);
 * - mixed: phone-photo-like JPEGs of 1-3 megapixels and canvas PNGs, one request in ten a history page;
 * - postgres: the canvas run against a PostgreSQL server started for the bench (as the tests start it).
 * The server runs the build (dist/main.js, what `pnpm start` serves; the script builds it first), or
 * its TypeScript sources through tsx with `--source`, with the environment and node flags of the start script.
 * `--node-flags="--cpu-prof --cpu-prof-dir=/tmp/p"` adds flags (a profile per thread, or V8 options to compare).
 * Runs are a fixed request count sized from the warm-up rate (about 15 s, at most 30,000 requests), so
 * every response is counted; then it checks that every successful prediction left exactly one row in
 * the history. Next to the figures: CPU per prediction by thread (event loop and its GC pauses,
 * recognition threads, database thread, the rest: V8's GC and compiler helpers, libuv, idle pools)
 * from the server's thread_cpu_seconds_total and nodejs_gc_duration_seconds. The exit code is non-zero only for errors or lost predictions.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import sharp from "sharp";
import { apiStartCommand } from "../start-command.js";
import { findPostgresBinaries, startPostgres } from "../test/postgres-server.js";

const CONNECTIONS = 32;
const WARMUP_REQUESTS = CONNECTIONS * 10;
/** The measured run is sized from the warm-up rate to last about this long... */
const TARGET_SECONDS = 15;
/** ...within these bounds on the request count. */
const MIN_REQUESTS = CONNECTIONS * 20;
const MAX_REQUESTS = 30_000;
const IMAGE_VARIANTS = 24;
const TARGETS = { requestsPerSecond: 600, p99Ms: 50 };

const PACKAGE_DIR = resolve(import.meta.dirname, "..");
const QUERY = "mutation ($image: Upload!) { predictDigit(image: $image) { id digit confidence } }";
const HISTORY_QUERY =
  "{ predictions(first: 20) { totalCount edges { node { id digit confidence thumbnail } } } }";
const SECTIONS = ["canvas", "mixed", "postgres"] as const;
const FROM_SOURCE = process.argv.includes("--source");
const NODE_FLAGS = (
  process.argv.find((arg) => arg.startsWith("--node-flags="))?.slice("--node-flags=".length) ?? ""
)
  .split(" ")
  .filter(Boolean);
type Section = (typeof SECTIONS)[number];
/** Photo sizes of the mixed run, 1.1 to 3 megapixels. */
const PHOTO_SIZES: Array<[number, number]> = [
  [1200, 900],
  [1632, 1224],
  [2000, 1500],
];
const BOUNDARY = "----digit-lab-bench";

const STROKES = [
  "M140 50 C 60 50, 60 230, 140 230 C 220 230, 220 50, 140 50 Z",
  "M150 50 L150 230",
  "M80 60 L200 60 L120 230",
  "M90 90 C 90 40, 200 40, 190 100 C 180 150, 90 200, 80 230 L 210 230",
  "M90 60 L200 60 L140 130 C 230 130, 220 240, 100 220",
];

/** Drawing-pad-like PNGs: black strokes on white, each digit moved and turned a little. */
async function drawnPngs(): Promise<Buffer[]> {
  return Promise.all(
    Array.from({ length: IMAGE_VARIANTS }, (_, index) => {
      const path = STROKES[index % STROKES.length]!;
      const transform = `translate(${(index % 5) * 6 - 12} ${(index % 3) * 8 - 8}) rotate(${(index % 7) - 3} 140 140)`;
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="280" height="280"><rect width="280" height="280" fill="white"/>` +
        `<path d="${path}" transform="${transform}" stroke="black" stroke-width="${16 + (index % 4) * 3}" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>`;
      return sharp(Buffer.from(svg)).png().toBuffer();
    }),
  );
}

/** Phone-photo-like JPEGs: off-white paper lit from one side with sensor noise, a digit multiplied in. */
async function photoJpegs(): Promise<Buffer[]> {
  return Promise.all(
    PHOTO_SIZES.map(async ([width, height], index) => {
      const paper = Buffer.alloc(width * height * 3);
      let seed = 7 + index;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          const light = 1 - 0.4 * (x / width) - 0.2 * (y / height - 0.5) ** 2;
          const noise = ((seed >>> 16) % 11) - 5;
          const offset = (y * width + x) * 3;
          paper[offset] = Math.max(0, Math.min(255, 238 * light + noise));
          paper[offset + 1] = Math.max(0, Math.min(255, 232 * light + noise));
          paper[offset + 2] = Math.max(0, Math.min(255, 218 * light + noise));
        }
      }
      const side = Math.min(width, height);
      const svg =
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="white"/>` +
        `<g transform="translate(${(width - side) / 2} 0) scale(${side / 280})"><path d="${STROKES[index % STROKES.length]}" stroke="#222" stroke-width="14" stroke-linecap="round" fill="none"/></g></svg>`;
      const strokes = await sharp(Buffer.from(svg)).png().toBuffer();
      return sharp(paper, { raw: { width, height, channels: 3 } })
        .composite([{ input: strokes, blend: "multiply" }])
        .jpeg({ quality: 85 })
        .toBuffer();
    }),
  );
}

function multipartBody(png: Buffer, index: number): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify({ query: QUERY, variables: { image: null } })}\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="map"\r\n\r\n${JSON.stringify({ 0: ["variables.image"] })}\r\n` +
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"; filename="digit-${index}.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function graphql(url: string, query: string, key?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`${query} failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function rssMiB(pid: number): Promise<{ current: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { current: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

const TICKS_PER_SECOND = 100;

/** User plus system CPU seconds in a /proc stat line (fields 14 and 15, after the parenthesised name). */
function statSeconds(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/**
 * CPU seconds so far of the server process (/proc), of the threads it names (thread_cpu_seconds_total:
 * event loop, recognition threads, database) and of the event loop's GC pauses.
 */
async function serverCpu(
  pid: number,
  url: string,
): Promise<{ process: number; threads: Map<string, number> }> {
  const threads = new Map<string, number>();
  const metrics = await (await fetch(`${url}/metrics`)).text();
  for (const [, thread, seconds] of metrics.matchAll(
    /^thread_cpu_seconds_total\{thread="([^"]+)"\} (\S+)$/gm,
  )) {
    // Recognition threads are summed: the breakdown is by kind of work.
    const kind = thread!.replace(/-\d+$/, "");
    threads.set(kind, (threads.get(kind) ?? 0) + Number(seconds));
  }
  // The event loop's GC pauses (prom-client's nodejs_gc_duration_seconds), part of its CPU above.
  let gc = 0;
  for (const [, seconds] of metrics.matchAll(/^nodejs_gc_duration_seconds_sum\{[^}]*\} (\S+)$/gm))
    gc += Number(seconds);
  threads.set("event-loop GC pauses", gc);
  return { process: statSeconds(await readFile(`/proc/${pid}/stat`, "utf8")), threads };
}

/** CPU seconds so far of each thread of a process, by Linux thread id (/proc/<pid>/task). */
async function taskSeconds(pid: number): Promise<Map<number, number>> {
  const seconds = new Map<number, number>();
  for (const task of await readdir(`/proc/${pid}/task`)) {
    const stat = await readFile(`/proc/${pid}/task/${task}/stat`, "utf8").catch(() => undefined);
    if (stat) seconds.set(Number(task), statSeconds(stat));
  }
  return seconds;
}

/** Sum and count of a Prometheus histogram, from the /metrics text. */
function histogramMean(metrics: string, name: string): number {
  const sum = Number(new RegExp(`^${name}_sum (\\S+)$`, "m").exec(metrics)?.[1] ?? NaN);
  const count = Number(new RegExp(`^${name}_count (\\S+)$`, "m").exec(metrics)?.[1] ?? NaN);
  return sum / count;
}

interface Run {
  result: autocannon.Result;
  /** From the start to the last response. */
  seconds: number;
  succeeded: number;
  failed: number;
  historyPages: number;
}

interface BenchRequest {
  body: Buffer;
  /** A history page (JSON) instead of an upload. */
  history?: true;
}

/** A fixed number of requests (not a duration), so every request sent has its response counted. */
async function drive(url: string, key: string, requests: BenchRequest[], amount: number): Promise<Run> {
  let succeeded = 0;
  let failed = 0;
  let historyPages = 0;
  // autocannon's own duration runs on to its next 1 s sample tick after the last response (up to a second idle).
  const started = performance.now();
  let lastResponse = started;
  const result = await autocannon({
    url: `${url}/graphql`,
    connections: CONNECTIONS,
    amount,
    timeout: 10,
    method: "POST",
    headers: {
      authorization: `Bearer ${key}`,
      "apollo-require-preflight": "true",
      "content-type": `multipart/form-data; boundary=${BOUNDARY}`,
    },
    requests: requests.map(({ body, history }) => ({
      body,
      ...(history ? { headers: { authorization: `Bearer ${key}`, "content-type": "application/json" } } : {}),
      onResponse: (status: number, responseBody: string) => {
        lastResponse = performance.now();
        if (status !== 200) failed++;
        else if (history && responseBody.includes('"predictions":{"totalCount"')) historyPages++;
        else if (!history && responseBody.includes('"predictDigit":{"id"')) succeeded++;
        else failed++;
      },
    })),
  });
  return { result, seconds: (lastResponse - started) / 1000, succeeded, failed, historyPages };
}

interface Server {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function startServer(env: Record<string, string>): Promise<Server> {
  const dataDir = await mkdtemp(join(tmpdir(), "digit-lab-bench-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const entry = FROM_SOURCE
    ? ["--conditions=@digit-lab/source", "--import", "tsx", "src/main.ts"]
    : [apiStartCommand().entry];
  const start = apiStartCommand();
  const server = spawn(process.execPath, [...start.flags, ...NODE_FLAGS, ...entry], {
    cwd: PACKAGE_DIR,
    env: {
      ...process.env,
      ...start.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      // The bench is one caller sending thousands of predictions: measure the server, not its limits.
      RATE_LIMIT_PREDICTIONS: "0",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const exited = new Promise<number | null>((done) => server.once("exit", done));
  const stop = async () => {
    server.kill("SIGTERM");
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
      if (Date.now() > deadline) throw new Error("the server was not ready within 120 s");
      const ready = await fetch(`${url}/readyz`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) break;
      await new Promise((done) => setTimeout(done, 250));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: server.pid!, stop };
}

/** One section: a fresh server, a warm-up, the measured run and its figures. False when something was lost. */
async function runSection(
  title: string,
  env: Record<string, string>,
  requestsFor: (key: string) => BenchRequest[],
  targets: boolean,
): Promise<boolean> {
  console.log(`\n== ${title}`);
  console.log(
    `load average before: ${loadavg()
      .map((load) => load.toFixed(2))
      .join(" ")}`,
  );
  const server = await startServer(env);
  const { url, pid } = server;
  try {
    const model = (await graphql(url, "{ activeModel { name architecture } }")).activeModel as {
      name: string;
      architecture: string;
    };
    const key = (
      (await graphql(url, 'mutation { createApiKey(name: "bench") { key } }')).createApiKey as { key: string }
    ).key;
    const requests = requestsFor(key);
    console.log(
      `model ${model.name} (${model.architecture}); ${CONNECTIONS} connections; warm-up ${WARMUP_REQUESTS} requests`,
    );
    const warmup = await drive(url, key, requests, WARMUP_REQUESTS);
    const warmupRate = warmup.result.requests.total / Math.max(warmup.seconds, 0.001);
    const amount = Math.min(
      MAX_REQUESTS,
      Math.max(MIN_REQUESTS, Math.round((warmupRate * TARGET_SECONDS) / CONNECTIONS) * CONNECTIONS),
    );
    console.log(
      `measured run: ${amount} requests (~${TARGET_SECONDS} s at the warm-up rate of ${warmupRate.toFixed(0)}/s)`,
    );
    const tasksBefore = await taskSeconds(pid);
    const cpuBefore = await serverCpu(pid, url);
    const benchCpuBefore = process.cpuUsage();
    const run = await drive(url, key, requests, amount);
    const cpuAfter = await serverCpu(pid, url);
    const tasksAfter = await taskSeconds(pid);
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const rss = await rssMiB(pid);

    const stored = (
      (await graphql(url, "{ predictions(first: 1) { totalCount } }", key)).predictions as {
        totalCount: number;
      }
    ).totalCount;
    const metrics = await (await fetch(`${url}/metrics`)).text();
    const expected = warmup.succeeded + run.succeeded;
    const { result } = run;
    // `failed` already covers non-2xx answers and GraphQL errors; `errors` adds connection errors and timeouts.
    const errors = run.failed + result.errors;
    const perSecond = run.succeeded / Math.max(run.seconds, 0.001);

    console.log(
      `predictions/s      ${perSecond.toFixed(0)}${targets ? `  (target >= ${TARGETS.requestsPerSecond})` : ""}; ${run.seconds.toFixed(2)} s to the last response (autocannon's duration ${result.duration} s)`,
    );
    console.log(
      `latency p50 / p99  ${result.latency.p50} ms / ${result.latency.p99} ms  ${targets ? `(target p99 < ${TARGETS.p99Ms} ms; ` : "("}max ${result.latency.max} ms)`,
    );
    console.log(
      `requests           ${result.requests.total} sent, ${run.succeeded} predictions, ${run.historyPages} history pages, ${errors} errors (${result.non2xx} non-2xx, ${result.timeouts} timeouts)`,
    );
    const perPrediction = (seconds: number) =>
      `${((seconds * 1000) / Math.max(1, run.succeeded)).toFixed(2)} ms`;
    const serverSeconds = cpuAfter.process - cpuBefore.process;
    console.log(
      `CPU per prediction server ${perPrediction(serverSeconds)}, load generator ${perPrediction((benchCpu.user + benchCpu.system) / 1e6)}, on ${availableParallelism()} cores`,
    );
    let named = 0;
    for (const [thread, after] of cpuAfter.threads) {
      const seconds = after - (cpuBefore.threads.get(thread) ?? 0);
      if (!thread.includes("GC")) named += seconds;
      console.log(`  ${thread.padEnd(24)} ${perPrediction(seconds)}`);
    }
    console.log(
      `  ${"other threads".padEnd(24)} ${perPrediction(serverSeconds - named)}  (V8's GC and JIT helpers, libuv, pools)`,
    );
    // Every thread by Linux id (the main thread's id is the pid): shows which unnamed ones the rest is.
    const busiest = [...tasksAfter]
      .map(([task, seconds]) => [task, seconds - (tasksBefore.get(task) ?? 0)] as const)
      .filter(([, seconds]) => seconds * 1000 >= run.succeeded * 0.05)
      .sort((a, b) => b[1] - a[1]);
    console.log(
      `  threads by id: ${busiest.map(([task, seconds]) => `${task === pid ? "main" : task - pid} ${perPrediction(seconds)}`).join(", ")} (pid + n; from ${tasksAfter.size} threads)`,
    );
    console.log(`server RSS         ${rss.current.toFixed(0)} MiB now, ${rss.peak.toFixed(0)} MiB peak`);
    console.log(
      `mean batch size    ${histogramMean(metrics, "predictor_batch_size").toFixed(1)} per forward pass; ${histogramMean(metrics, "history_insert_batch_rows").toFixed(1)} rows per INSERT`,
    );
    console.log(
      `history            ${stored} stored for ${expected} successful predictions (warm-up + run): ${stored === expected ? "nothing lost" : "MISMATCH"}`,
    );
    if (targets) {
      const met = perSecond >= TARGETS.requestsPerSecond && result.latency.p99 < TARGETS.p99Ms;
      console.log(`targets            ${met ? "met" : "missed"}`);
    }
    console.log(
      `load average after: ${loadavg()
        .map((load) => load.toFixed(2))
        .join(" ")}`,
    );
    return errors === 0 && warmup.failed === 0 && stored === expected;
  } finally {
    await server.stop();
  }
}

function chosenSections(): Section[] {
  const flag = process.argv.find((arg) => arg.startsWith("--sections="));
  if (!flag) return [...SECTIONS];
  const names = flag.slice("--sections=".length).split(",");
  for (const name of names)
    if (!(SECTIONS as readonly string[]).includes(name))
      throw new Error(`unknown section "${name}"; expected some of ${SECTIONS.join(", ")}`);
  return names as Section[];
}

async function main(): Promise<void> {
  const sections = chosenSections();
  const start = apiStartCommand();
  const startEnv = Object.entries(start.env).map(([name, value]) => `${name}=${value} `);
  console.log(
    `server: ${FROM_SOURCE ? "TypeScript sources through tsx (--source)" : "the build, dist/main.js"} with ${startEnv.join("")}node ${[...start.flags, ...NODE_FLAGS].join(" ") || "(no flags)"}`,
  );
  const canvas = (await drawnPngs()).map(multipartBody);
  const canvasRequests = () => canvas.map((body) => ({ body }));
  let ok = true;
  if (sections.includes("canvas"))
    ok = (await runSection("canvas: 280x280 drawing PNGs, embedded PGlite", {}, canvasRequests, true)) && ok;
  if (sections.includes("mixed")) {
    const photos = (await photoJpegs()).map((jpeg, index) => multipartBody(jpeg, 100 + index));
    const history = Buffer.from(JSON.stringify({ query: HISTORY_QUERY }));
    // Ten requests: three photos, six drawings, one history page.
    const mixed = (): BenchRequest[] => [
      { body: photos[0]! },
      { body: canvas[0]! },
      { body: canvas[1]! },
      { body: photos[1]! },
      { body: canvas[2]! },
      { body: history, history: true },
      { body: canvas[3]! },
      { body: photos[2]! },
      { body: canvas[4]! },
      { body: canvas[5]! },
    ];
    ok =
      (await runSection(
        "mixed: 1-3 MP photos and drawings, 1 in 10 a history page, PGlite",
        {},
        mixed,
        false,
      )) && ok;
  }
  if (sections.includes("postgres")) {
    const bin = await findPostgresBinaries();
    if (!bin)
      console.log("\n== postgres: skipped, PostgreSQL binaries not found under /usr/lib/postgresql/*/bin");
    else {
      const postgres = await startPostgres(bin);
      try {
        const env = { DATABASE_URL: postgres.url, ADMIN_TOKEN: "bench-admin-token-0123456789abcdef" };
        ok =
          (await runSection("postgres: 280x280 drawing PNGs, PostgreSQL", env, canvasRequests, true)) && ok;
      } finally {
        await postgres.stop();
      }
    }
  }
  if (!ok) process.exitCode = 1;
}

await main();
