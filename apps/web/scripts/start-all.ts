// `pnpm start`: the API and the web app on this machine, until Ctrl+C.
import { env } from "../src/env";
import { startStack } from "./stack";

const stack = await startStack({ apiPort: env.PORT, webPort: env.WEB_PORT }).catch((error: unknown) => {
  console.error(`Digit Lab could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

console.log(
  `\n  Digit Lab is running: open ${stack.webUrl}\n  (API: ${stack.apiUrl}/graphql · Ctrl+C stops both)\n`,
);

let stopping = false;
const shutdown = (code: number) => {
  if (stopping) return;
  stopping = true;
  void stack.stop().then(() => process.exit(code));
};
process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));
process.on("exit", () => stack.killNow());
void stack.crashed.then((reason) => {
  console.error(`Digit Lab stopped: ${reason}`);
  shutdown(1);
});
