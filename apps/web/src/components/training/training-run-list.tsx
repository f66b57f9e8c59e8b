"use client";
import Link from "next/link";
import { useState } from "react";
import { Icon } from "@/components/shell/icons";
import type { TrainingRunSummaryFragment } from "@/graphql/generated/graphql";
import { CancelTrainingRunDocument } from "@/graphql/training-operations";
import { adminContext } from "@/lib/admin-token";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { useHydrated } from "@/lib/use-hydrated";
import { formatDateTime, formatDuration, formatPercent, formatProgress } from "@/lib/format";
import { configSummary, currentEpoch, isActiveStatus, runPhase, shortRunId } from "@/lib/training-run";
import { cx } from "./class-names";
import { STOP_CIRCLE } from "./icons";
import { ApiErrorAlert } from "./lazy-error-alert";
import { RunStatusChip } from "./run-status-chip";
import styles from "./training.module.css";

export interface TrainingRunListProps {
  runs: readonly TrainingRunSummaryFragment[];
  /** Admin token, or "" when the person cannot cancel runs. */
  token: string;
  /** Reads the runs again, after a cancel. */
  onChanged: () => Promise<void>;
}

export function TrainingRunList({ runs, token, onChanged }: TrainingRunListProps) {
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<ApiError | null>(null);
  const cancel = async (id: string) => {
    setCancelling(true);
    try {
      await requestGraphql(CancelTrainingRunDocument, { id }, adminContext(token));
      setCancelError(null);
      await onChanged();
    } catch (error) {
      setCancelError(requestErrorFrom(error));
    } finally {
      setCancelling(false);
    }
  };
  // The server renders this list too, in its own time zone: local times are filled in once hydrated.
  const hydrated = useHydrated();
  return (
    <>
      {cancelError ? <ApiErrorAlert error={cancelError} /> : null}
      <ul aria-label="Training runs" className={styles.runList}>
        {runs.map((run) => {
          const active = isActiveStatus(run.status);
          const phase = runPhase({
            status: run.status,
            progress: run.progress,
            epochsDone: Math.floor(run.progress * run.config.epochs),
            epochsPlanned: run.config.epochs,
          });
          const determinate = phase === "training";
          return (
            <li
              key={run.id}
              data-testid="training-run"
              data-run-id={run.id}
              data-status={run.status}
              data-phase={phase}
              className={styles.run}
            >
              <div className={styles.runHead}>
                <Link href={`/training/${run.id}`} className={cx(styles.link, styles.runLink)}>
                  Run {shortRunId(run.id)}
                </Link>
                <RunStatusChip status={run.status} />
                {run.model?.active ? (
                  <span className={cx(styles.caption, styles.serving)}>serving</span>
                ) : null}
                {run.testAccuracy != null ? (
                  <p className={cx(styles.body2, styles.accuracy)} data-testid="run-accuracy">
                    test accuracy <strong>{formatPercent(run.testAccuracy)}</strong>
                  </p>
                ) : null}
              </div>
              <p className={cx(styles.body2, styles.secondary)}>{configSummary(run.config)}</p>
              {active ? (
                <div className={styles.liveRow}>
                  <div className={styles.grow}>
                    <div
                      role="progressbar"
                      aria-label={`Run ${shortRunId(run.id)} progress`}
                      aria-valuemin={determinate ? 0 : undefined}
                      aria-valuemax={determinate ? 100 : undefined}
                      aria-valuenow={determinate ? Math.round(run.progress * 100) : undefined}
                      data-testid="run-progress"
                      className={cx(styles.progress, !determinate && styles.indeterminate)}
                    >
                      <span
                        className={styles.progressBar}
                        style={
                          determinate ? { transform: `translateX(${run.progress * 100 - 100}%)` } : undefined
                        }
                      />
                    </div>
                    <p className={cx(styles.caption, styles.secondary)} data-testid="run-phase">
                      {phase === "queued"
                        ? "Waiting for the trainer…"
                        : phase === "evaluating"
                          ? "Training done · evaluating on the test set…"
                          : `Training: ${formatProgress(run.progress)} · epoch ${currentEpoch(Math.floor(run.progress * run.config.epochs), run.config.epochs)} of ${run.config.epochs}`}
                    </p>
                  </div>
                  {token ? (
                    <button
                      type="button"
                      className={cx(styles.button, styles.warning)}
                      onClick={() => void cancel(run.id)}
                      disabled={cancelling}
                      aria-label={`Cancel run ${shortRunId(run.id)}`}
                      data-testid="cancel-run"
                    >
                      <Icon path={STOP_CIRCLE} />
                      Cancel
                    </button>
                  ) : null}
                </div>
              ) : (
                <p className={cx(styles.caption, styles.secondary)}>
                  {[
                    hydrated ? formatDateTime(run.createdAt) : null,
                    run.durationMs != null ? `took ${formatDuration(run.durationMs)}` : null,
                    run.backend,
                    run.error,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
