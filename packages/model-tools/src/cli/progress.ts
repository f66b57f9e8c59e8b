import { SingleBar } from "cli-progress";

export interface ProgressBar {
  update(value: number, status: string): void;
  stop(): void;
}

/** Without a terminal (logs, CI) a line every 10% keeps long jobs visible without flooding. */
function createLogProgress(total: number, label: string): ProgressBar {
  const started = performance.now();
  let nextTenth = 1;
  return {
    update: (value, status) => {
      if (total <= 1 || value < (nextTenth * total) / 10) return;
      nextTenth = Math.floor((value * 10) / total) + 1;
      const elapsed = performance.now() - started;
      const eta = value >= total ? 0 : (elapsed / value) * (total - value);
      console.error(
        `${label} ${Math.round((value / total) * 100)}% ${value}/${total} ETA ${formatDuration(eta)} ${status}`,
      );
    },
    stop: () => {},
  };
}

/** A terminal bar with ETA (cli-progress); a line per 10% when stderr is not a terminal. */
export function createProgressBar(total: number, label: string): ProgressBar {
  if (!process.stderr.isTTY) return createLogProgress(total, label);
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
