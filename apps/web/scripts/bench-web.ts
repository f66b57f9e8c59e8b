// `pnpm bench:web`: Lighthouse (mobile, simulated throttling) on the built app's pages, medians of several runs.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort } from "../e2e/free-port";
import { mnistDigitPng } from "../e2e/mnist-fixtures";
import { env } from "../src/env";
import { firstLoadJs, kB } from "./bundle-stats";
import { startStack, type Stack } from "./stack";

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REPORT_DIR = join(WEB_DIR, "test-results/lighthouse");
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const ADMIN_TOKEN = "bench-admin-token-0123456789";
/** Enough history rows to fill a phone's screen and then some, as a returning visitor would have. */
const SEEDED_PREDICTIONS = 12;

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    pages: { type: "string", default: "/,/history,/training" },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number`);
const pages = values.pages.split(",").map((p) => p.trim());

interface Sample {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** When Chromium really presented the first paint: late ones pull every script into the simulated LCP. */
  observedFcpMs: number;
  /** The 1-minute load average as the run started: simulated throttling scales the CPU time it observes. */
  load: number;
}

/** Uploads digits as a browser would, so `/history` is measured with a list rather than an empty state. */
async function seedHistory(webUrl: string): Promise<string> {
  let cookie = "";
  for (let i = 0; i < SEEDED_PREDICTIONS; i++) {
    const form = new FormData();
    form.append(
      "operations",
      JSON.stringify({
        query: "mutation ($image: Upload!) { predictDigit(image: $image) { id } }",
        variables: { image: null },
      }),
    );
    form.append("map", JSON.stringify({ 0: ["variables.image"] }));
    form.append(
      "0",
      new Blob([new Uint8Array(mnistDigitPng(i % 10, Math.floor(i / 10)))], { type: "image/png" }),
      `${i}.png`,
    );
    const response = await fetch(`${webUrl}/graphql`, {
      method: "POST",
      body: form,
      // A browser's user agent gets a session cookie, hence a history of its own.
      headers: { "Apollo-Require-Preflight": "true", "User-Agent": "Mozilla/5.0 (digit-lab bench)", cookie },
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (!response.ok || body.errors) throw new Error(`seeding history failed: ${JSON.stringify(body)}`);
    const issued = response.headers.getSetCookie().map((c) => c.split(";")[0]);
    if (issued.length > 0) cookie = issued.join("; ");
  }
  if (!cookie) throw new Error("the API issued no session cookie while seeding history");
  return cookie;
}

async function measure(url: string, cookie: string, run: number): Promise<Sample> {
  const load = loadavg()[0] ?? Number.NaN;
  const chrome = await chromeLauncher.launch({
    chromePath: env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      output: "json",
      onlyCategories: [...CATEGORIES],
      extraHeaders: { Cookie: cookie },
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const name = new URL(url).pathname.replace(/\//g, "_") || "_";
    await writeFile(join(REPORT_DIR, `${name}-${run}.json`), JSON.stringify(lhr));
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const metrics = lhr.audits["metrics"]?.details as { items?: Record<string, number>[] } | undefined;
    return {
      scores: Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
      ) as Sample["scores"],
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      observedFcpMs: metrics?.items?.[0]?.["observedFirstContentfulPaint"] ?? Number.NaN,
      load,
    };
  } finally {
    chrome.kill();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const bundles = new Map((await firstLoadJs()).map((b) => [b.route, b.gzip]));
const dataDir = await mkdtemp(join(tmpdir(), "digit-lab-bench-"));
await mkdir(REPORT_DIR, { recursive: true });
let stack: Stack | undefined;
try {
  console.log("Starting the API and the web app…");
  stack = await startStack({
    apiPort: await freePort(),
    webPort: await freePort(),
    env: { DATA_DIR: dataDir, ADMIN_TOKEN, LOG_LEVEL: "warn" },
    log: () => undefined,
  });
  const cookie = await seedHistory(stack.webUrl);
  // One render of each page first, so no measured run pays for the server's cold module loading.
  for (const page of pages) await fetch(`${stack.webUrl}${page}`, { headers: { cookie } });

  const rows: string[][] = [];
  for (const page of pages) {
    const samples: Sample[] = [];
    for (let run = 1; run <= runs; run++) {
      const sample = await measure(`${stack.webUrl}${page}`, cookie, run);
      console.log(
        `${page} run ${run}/${runs}: performance ${sample.scores.performance}, LCP ${Math.round(sample.lcpMs)} ms, TBT ${Math.round(sample.tbtMs)} ms, CLS ${sample.cls.toFixed(3)}, first paint seen at ${Math.round(sample.observedFcpMs)} ms, load ${sample.load.toFixed(2)}`,
      );
      samples.push(sample);
    }
    const js = bundles.get(page);
    rows.push([
      page,
      ...CATEGORIES.map((c) => String(median(samples.map((s) => s.scores[c])))),
      `${(median(samples.map((s) => s.lcpMs)) / 1000).toFixed(2)} s`,
      `${(Math.max(...samples.map((s) => s.lcpMs)) / 1000).toFixed(2)} s`,
      `${Math.round(median(samples.map((s) => s.tbtMs)))} ms`,
      median(samples.map((s) => s.cls)).toFixed(3),
      js === undefined ? "?" : kB(js),
      median(samples.map((s) => s.load)).toFixed(1),
    ]);
  }

  const header = [
    "page",
    "perf",
    "a11y",
    "best pr.",
    "SEO",
    "LCP",
    "worst LCP",
    "TBT",
    "CLS",
    "first-load JS (gz)",
    "load",
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\nLighthouse 12, mobile, simulated throttling; medians of ${runs} run(s) per page:\n`);
  // Other processes on the machine inflate the CPU time Lighthouse observes, hence its simulated TBT and LCP.
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log(`\n"load" is the median 1-minute load average (${cpus().length} CPUs) as the runs started.`);
  console.log(`Reports: ${REPORT_DIR}`);
} finally {
  await stack?.stop();
  await rm(dataDir, { recursive: true, force: true });
}
