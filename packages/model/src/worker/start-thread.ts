import { Worker } from "node:worker_threads";

/**
 * Starts a worker thread on a module of this package given as `./name` relative to `base`
 * (import.meta.url): the built `.js` next to built code, or, running from source (tsx, vitest),
 * the `.ts` with the TypeScript loader registered inside the thread first.
 */
export function startThread(base: string, name: string): Worker {
  if (!base.endsWith(".ts")) return new Worker(new URL(`${name}.js`, base));
  const entry = new URL(`${name}.ts`, base).href;
  // Resolved here, relative to this package, since an eval'd thread resolves from the process's cwd.
  const tsxApi = import.meta.resolve("tsx/esm/api");
  return new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`,
    {
      eval: true,
      execArgv: ["--conditions=@digit-lab/source"],
    },
  );
}
