import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { linuxThreadId, startThread, threadModule } from "./index.js";

async function ask(worker: ReturnType<typeof startThread>, value: number): Promise<unknown> {
  worker.postMessage(value);
  const [reply] = await once(worker, "message");
  await worker.terminate();
  return reply;
}

describe("startThread", () => {
  it("runs a TypeScript module from source, with the TypeScript loader in the thread", async () => {
    expect(threadModule(import.meta.url, "./test-modules/echo-thread").filename).toMatch(/echo-thread\.ts$/);
    const worker = startThread(import.meta.url, "./test-modules/echo-thread");
    expect(await ask(worker, 21)).toEqual({ doubled: 42, running: ".ts" });
  });

  it("runs the built .js beside built code, with no loader", async () => {
    const dir = await mkdtemp(join(tmpdir(), "worker-thread-"));
    try {
      await writeFile(
        join(dir, "echo-thread.js"),
        'import { parentPort } from "node:worker_threads";\nparentPort.on("message", (v) => parentPort.postMessage({ doubled: v * 2, running: ".js" }));\n',
      );
      const base = pathToFileURL(join(dir, "index.js")).href;
      expect(threadModule(base, "./echo-thread")).toEqual({
        filename: join(dir, "echo-thread.js"),
        execArgv: [],
      });
      expect(await ask(startThread(base, "./echo-thread"), 4)).toEqual({ doubled: 8, running: ".js" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("linuxThreadId", () => {
  it.runIf(process.platform === "linux")(
    "is the kernel's id of the calling thread (the pid, on the main thread)",
    () => {
      expect(linuxThreadId()).toBe(process.pid);
    },
  );
});
