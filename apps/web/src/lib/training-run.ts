import type { TrainingRunConfig, TrainingRunStatus } from "@/graphql/generated/graphql";

/** Queued and running runs change on their own, so views poll them. */
export function isActiveStatus(status: TrainingRunStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

export function configSummary(c: Omit<TrainingRunConfig, "__typename">): string {
  const samples = c.trainLimit ? `${c.trainLimit.toLocaleString("en")} samples` : "all samples";
  return `${c.architecture} · ${c.epochs} ${c.epochs === 1 ? "epoch" : "epochs"} · batch ${c.batchSize} · lr ${c.learningRate} · ${samples}${c.augment ? " · augmented" : ""}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Run ids are UUIDs; their first block is enough to tell runs apart on screen. */
export function shortRunId(id: string): string {
  return UUID.test(id) ? id.slice(0, 8) : id;
}

/** What a run is doing now, as a person would put it. */
export type RunPhase = "queued" | "training" | "evaluating" | "finished";

interface PhaseInput {
  status: TrainingRunStatus;
  progress: number;
  epochsDone: number;
  epochsPlanned: number;
}

/** Progress reaches 1 when the last batch ends, but the run still tests its model before it succeeds. */
export function runPhase({ status, progress, epochsDone, epochsPlanned }: PhaseInput): RunPhase {
  if (status === "QUEUED") return "queued";
  if (status !== "RUNNING") return "finished";
  return progress >= 1 || epochsDone >= epochsPlanned ? "evaluating" : "training";
}

/** The epoch under way, counted from 1 as people count, never past the last. */
export function currentEpoch(epochsDone: number, epochsPlanned: number): number {
  return Math.min(epochsDone + 1, epochsPlanned);
}

/** Below this much progress an estimate of the rest is mostly start-up noise. */
const MIN_PROGRESS_FOR_ETA = 0.02;

/** Time since the run started and, while it trains, a straight-line estimate of the time left. */
export function runTiming(
  startedAt: string | null | undefined,
  progress: number,
  now: number,
): { elapsedMs: number; remainingMs: number | null } | null {
  if (!startedAt) return null;
  const elapsedMs = Math.max(0, now - Date.parse(startedAt));
  const remainingMs =
    progress >= MIN_PROGRESS_FOR_ETA && progress < 1 ? (elapsedMs * (1 - progress)) / progress : null;
  return { elapsedMs, remainingMs };
}

/** A candidate model's test accuracy next to the serving one's, for the activation question. */
export interface AccuracyComparison {
  /** Percentage points, candidate minus active; null when either is unknown. */
  differencePoints: number | null;
  worse: boolean;
}

export function compareAccuracy(
  candidate: number | null | undefined,
  active: number | null | undefined,
): AccuracyComparison {
  if (candidate == null || active == null) return { differencePoints: null, worse: false };
  const differencePoints = Math.round((candidate - active) * 1000) / 10;
  return { differencePoints, worse: differencePoints < 0 };
}

/** Runs read for the training page, by the server's render and the browser's query alike. */
export const TRAINING_RUNS_FIRST = 50;
