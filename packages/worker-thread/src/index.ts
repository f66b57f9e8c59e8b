import { readlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Workspace packages export their TypeScript sources under this condition. */
const SOURCE_CONDITION = "--conditions=@digit-lab/source";

/**
 * The URL of one of tsx's ES modules, resolved here where tsx is a dependency (a thread resolves from
 * the cwd). Not import.meta's resolve(), which Vitest's module runner (global set-ups) lacks: require's
 * resolution finds the CommonJS build, and the ES module lies beside it.
 */
function tsxModule(specifier: string): string {
  return pathToFileURL(
    createRequire(import.meta.url)
      .resolve(specifier)
      .replace(/\.cjs$/, ".mjs"),
  ).href;
}

/** What a worker thread (node:worker_threads, or a pool such as piscina) needs to run one module. */
export interface ThreadModule {
  /** Absolute path of the module. */
  filename: string;
  /** Node options for the thread: the TypeScript loader when the module is a source file. */
  execArgv: string[];
}

/**
 * The module `name` (say "./preprocess-thread", no extension) next to `base`, the caller's
 * import.meta.url: the built `.js` beside built code, or, when the caller runs from its TypeScript
 * source (tsx, vitest), the `.ts` with tsx loaded in the thread before it and the workspace's source
 * condition, so the thread resolves packages the way its parent does.
 */
export function threadModule(base: string, name: string): ThreadModule {
  if (!base.endsWith(".ts")) return { filename: fileURLToPath(new URL(`${name}.js`, base)), execArgv: [] };
  return {
    filename: fileURLToPath(new URL(`${name}.ts`, base)),
    execArgv: [`--import=${tsxModule("tsx")}`, SOURCE_CONDITION],
  };
}

/**
 * A worker thread running `threadModule(base, name)`; `options` as for new Worker (execArgv added to).
 * Pools that import their task module from a thread of their own (piscina) take threadModule directly.
 */
export function startThread(base: string, name: string, options: WorkerOptions = {}): Worker {
  const { filename, execArgv } = threadModule(base, name);
  if (execArgv.length === 0) return new Worker(filename, options);
  // A thread's own entry loads before an --import loader is in place: register tsx, then import the source.
  const tsxApi = tsxModule("tsx/esm/api");
  const entry = pathToFileURL(filename).href;
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    { ...options, eval: true, execArgv: [SOURCE_CONDITION, ...(options.execArgv ?? [])] },
  );
}

/** The calling thread's Linux thread id (its CPU time is in /proc/self/task/<id>/stat); undefined elsewhere. */
export function linuxThreadId(): number | undefined {
  try {
    // "<pid>/task/<tid>"
    return Number.parseInt(readlinkSync("/proc/thread-self").split("/").pop()!, 10);
  } catch {
    return undefined;
  }
}
