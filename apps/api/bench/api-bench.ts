/**
 * `pnpm bench:api`: drives predictDigit with 280x280 PNGs at 32 concurrent connections against a
 * fresh server process on loopback (embedded PGlite unless DATABASE_URL is set). Runs are a fixed
 * request count sized from the warm-up rate (about 15 s, at most 30,000 requests), so every response
 * is counted; then it checks that every successful response left exactly one row in the history.
 * Figures go to stdout; the exit code is non-zero only for errors or lost predictions.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import autocannon from "autocannon";
import sharp from "sharp";

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

/** CPU seconds used so far by the whole server process and by its main (event-loop) thread, from /proc. */
async function serverCpuSeconds(pid: number): Promise<{ process: number; mainThread: number }> {
  // Fields 14 and 15 of a stat line (after the parenthesised name) are user and system clock ticks.
  const ticks = (stat: string) => {
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  };
  const TICKS_PER_SECOND = 100;
  const [processStat, mainStat] = await Promise.all([
    readFile(`/proc/${pid}/stat`, "utf8"),
    readFile(`/proc/${pid}/task/${pid}/stat`, "utf8"),
  ]);
  return { process: ticks(processStat) / TICKS_PER_SECOND, mainThread: ticks(mainStat) / TICKS_PER_SECOND };
}

/** Sum and count of a Prometheus histogram, from the /metrics text. */
function histogramMean(metrics: string, name: string): number {
  const sum = Number(new RegExp(`^${name}_sum (\\S+)$`, "m").exec(metrics)?.[1] ?? NaN);
  const count = Number(new RegExp(`^${name}_count (\\S+)$`, "m").exec(metrics)?.[1] ?? NaN);
  return sum / count;
}

interface Run {
  result: autocannon.Result;
  succeeded: number;
  failed: number;
}

/** A fixed number of requests (not a duration), so every request sent has its response counted. */
async function drive(url: string, key: string, bodies: Buffer[], amount: number): Promise<Run> {
  let succeeded = 0;
  let failed = 0;
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
    requests: bodies.map((body) => ({
      body,
      onResponse: (status: number, responseBody: string) => {
        if (status === 200 && responseBody.includes('"predictDigit":{"id"')) succeeded++;
        else failed++;
      },
    })),
  });
  return { result, succeeded, failed };
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), "digit-lab-bench-"));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ["--conditions=@digit-lab/source", "--import", "tsx", "src/main.ts"],
    {
      cwd: PACKAGE_DIR,
      env: {
        ...process.env,
        NODE_ENV: "production",
        HOST: "127.0.0.1",
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: "warn",
        // The bench is one caller sending thousands of predictions: measure the server, not its limits.
        RATE_LIMIT_PREDICTIONS: "0",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const exited = new Promise<number | null>((done) => server.once("exit", done));
  try {
    console.log(`starting the API on ${url} (fresh data directory ${dataDir}) ...`);
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
    const model = (await graphql(url, "{ activeModel { name architecture } }")).activeModel as {
      name: string;
      architecture: string;
    };
    const key = (
      (await graphql(url, 'mutation { createApiKey(name: "bench") { key } }')).createApiKey as { key: string }
    ).key;
    const bodies = (await drawnPngs()).map(multipartBody);

    console.log(
      `model ${model.name} (${model.architecture}); ${CONNECTIONS} connections; warm-up ${WARMUP_REQUESTS} requests`,
    );
    const warmup = await drive(url, key, bodies, WARMUP_REQUESTS);
    const warmupRate = warmup.result.requests.total / Math.max(warmup.result.duration, 0.001);
    const amount = Math.min(
      MAX_REQUESTS,
      Math.max(MIN_REQUESTS, Math.round((warmupRate * TARGET_SECONDS) / CONNECTIONS) * CONNECTIONS),
    );
    console.log(
      `measured run: ${amount} requests (~${TARGET_SECONDS} s at the warm-up rate of ${warmupRate.toFixed(0)}/s)`,
    );
    const cpuBefore = await serverCpuSeconds(server.pid!);
    const benchCpuBefore = process.cpuUsage();
    const run = await drive(url, key, bodies, amount);
    const cpuAfter = await serverCpuSeconds(server.pid!);
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const rss = await rssMiB(server.pid!);

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
    const perSecond = run.succeeded / result.duration;

    console.log("");
    console.log(`predictions/s      ${perSecond.toFixed(0)}  (target >= ${TARGETS.requestsPerSecond})`);
    console.log(
      `latency p50 / p99  ${result.latency.p50} ms / ${result.latency.p99} ms  (target p99 < ${TARGETS.p99Ms} ms; max ${result.latency.max} ms)`,
    );
    console.log(
      `requests           ${result.requests.total} sent, ${run.succeeded} predictions, ${errors} errors (${result.non2xx} non-2xx, ${result.timeouts} timeouts)`,
    );
    const perPrediction = (seconds: number) => `${((seconds * 1000) / Math.max(1, run.succeeded)).toFixed(1)} ms`;
    console.log(
      `CPU per prediction server ${perPrediction(cpuAfter.process - cpuBefore.process)} (event-loop thread ${perPrediction(cpuAfter.mainThread - cpuBefore.mainThread)}), ` +
        `load generator ${perPrediction((benchCpu.user + benchCpu.system) / 1e6)}, on ${availableParallelism()} cores`,
    );
    console.log(`server RSS         ${rss.current.toFixed(0)} MiB now, ${rss.peak.toFixed(0)} MiB peak`);
    console.log(
      `mean batch size    ${histogramMean(metrics, "predictor_batch_size").toFixed(1)} per forward pass; ${histogramMean(metrics, "history_insert_batch_rows").toFixed(1)} rows per INSERT`,
    );
    console.log(
      `history            ${stored} stored for ${expected} successful responses (warm-up + run): ${stored === expected ? "nothing lost" : "MISMATCH"}`,
    );
    const targetsMet = perSecond >= TARGETS.requestsPerSecond && result.latency.p99 < TARGETS.p99Ms;
    console.log(`targets            ${targetsMet ? "met" : "missed"}`);
    if (errors > 0 || warmup.failed > 0 || stored !== expected) process.exitCode = 1;
  } finally {
    server.kill("SIGTERM");
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
