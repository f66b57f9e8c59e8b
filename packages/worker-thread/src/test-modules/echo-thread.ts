// A thread for index.test.ts: answers each message with its double and the extension it runs from.
import { parentPort } from "node:worker_threads";

const running: string = import.meta.url.slice(import.meta.url.lastIndexOf("."));
parentPort!.on("message", (value: number) => parentPort!.postMessage({ doubled: value * 2, running }));
