import { pino, type DestinationStream, type Logger } from "pino";
import type { LogFormat, LogLevel } from "./env.js";

const LEVEL_NAMES: Record<number, string> = {
  10: "TRACE",
  20: "DEBUG",
  30: "INFO",
  40: "WARN",
  50: "ERROR",
  60: "FATAL",
};
const LEVEL_COLORS: Record<number, string> = { 20: "90", 30: "32", 40: "33", 50: "31", 60: "31" };

/** Fields shown elsewhere in a pretty line, or noise for a person reading a terminal. */
const QUIET_FIELDS = new Set([
  "level",
  "time",
  "pid",
  "hostname",
  "service",
  "msg",
  "req",
  "res",
  "responseTime",
  "reqId",
  "err",
]);

function formatValue(value: unknown): string {
  return typeof value === "string" && /^[\w./:@-]+$/.test(value) ? value : JSON.stringify(value);
}

/** One JSON log line as one terse line for people: time, level, message, the remaining fields. */
export function prettyLine(json: string, colors: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const level = entry.level as number;
  const paint = (code: string | undefined, text: string) =>
    colors && code ? `\u001b[${code}m${text}\u001b[0m` : text;
  const time = new Date(entry.time as number).toTimeString().slice(0, 8);
  const fields = Object.entries(entry)
    .filter(([key, value]) => !QUIET_FIELDS.has(key) && value !== undefined)
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  let line = `${paint("90", time)} ${paint(LEVEL_COLORS[level], (LEVEL_NAMES[level] ?? String(level)).padEnd(5))} ${String(entry.msg ?? "")}`;
  if (fields.length > 0) line += ` ${paint("90", fields.join(" "))}`;
  const err = entry.err as { stack?: string; message?: string } | undefined;
  if (err) line += `\n${(err.stack ?? err.message ?? "").replace(/^/gm, "    ")}`;
  return `${line}\n`;
}

/** A pino destination that prints pretty lines to `out` (colours only on a terminal, and never with NO_COLOR). */
export function prettyDestination(out: NodeJS.WriteStream = process.stdout): DestinationStream {
  const colors = out.isTTY === true && !process.env.NO_COLOR;
  return { write: (json: string) => void out.write(prettyLine(json, colors)) };
}

/** Logs on stdout, JSON lines or terse lines for people; credentials and headers never reach them. */
export function createLogger(level: LogLevel, format: LogFormat = "json"): Logger {
  const options = {
    level,
    base: { service: "digit-lab-api" },
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
  };
  return format === "pretty" ? pino(options, prettyDestination()) : pino(options);
}
