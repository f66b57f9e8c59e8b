import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

/** Workspace packages export their TypeScript sources under this condition. */
const SOURCE_CONDITION = "--conditions=@digit-lab/source";

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
    // Resolved here, where tsx is a dependency: the thread's own resolution would start from the cwd.
    execArgv: [`--import=${import.meta.resolve("tsx")}`, SOURCE_CONDITION],
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
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const entry = pathToFileURL(filename).href;
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    { ...options, eval: true, execArgv: [SOURCE_CONDITION, ...(options.execArgv ?? [])] },
  );
}
