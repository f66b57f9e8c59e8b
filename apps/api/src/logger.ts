import { pino, type Logger } from "pino";
import type { LogLevel } from "./env.js";

/** JSON logs on stdout; credentials never reach them. */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: "digit-lab-api" },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
  });
}
