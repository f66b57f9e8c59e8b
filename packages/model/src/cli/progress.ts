import { SingleBar } from "cli-progress";

export interface ProgressBar {
  update(value: number, status: string): void;
  stop(): void;
}

/** A terminal bar with ETA; on a non-TTY (CI logs) it prints nothing per step. */
export function createProgressBar(total: number, label: string): ProgressBar {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted} | {status}`,
    barCompleteChar: "#",
    barIncompleteChar: "-",
    hideCursor: true,
    etaBuffer: 50,
    stream: process.stderr,
  });
  bar.start(total, 0, { status: "" });
  return {
    update: (value, status) => bar.update(value, { status }),
    stop: () => bar.stop(),
  };
}

export function formatPercent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  return m > 0 ? `${m}m${String(seconds % 60).padStart(2, "0")}s` : `${seconds}s`;
}
