const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 });

export function formatPercent(value: number): string {
  return percent.format(value);
}

/**
 * A model's probability as people should read it: rounded down to a tenth of a percent and never
 * 100%, so a 99.96% answer shows 99.9% rather than a certainty the model cannot have.
 */
export function formatConfidence(probability: number): string {
  return percent.format(Math.min(999, Math.floor(probability * 1000)) / 1000);
}

const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${Math.round(seconds % 60)} s`;
}

/** Progress in whole percent, rounded down: "100%" only when it is really all done. */
export function formatProgress(progress: number): string {
  // The epsilon keeps 0.29 at 29% despite 0.29 * 100 being 28.999… in floating point.
  return `${Math.floor(Math.min(1, Math.max(0, progress)) * 100 + 1e-9)}%`;
}

/** A running time in whole seconds, for counters that tick each second ("0 s", "4 min 05 s", "1 h 02 min"). */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, "0");
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${pad(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${pad(minutes % 60)} min`;
}
