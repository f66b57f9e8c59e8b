"use client";
import StopCircleOutlined from "@mui/icons-material/StopCircleOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import MuiLink from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import Link from "next/link";
import { useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { TrainingRunSummaryFragment } from "@/graphql/generated/graphql";
import { CancelTrainingRunDocument } from "@/graphql/training-operations";
import { adminContext } from "@/lib/admin-token";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { useHydrated } from "@/lib/use-hydrated";
import { formatDateTime, formatDuration, formatPercent, formatProgress } from "@/lib/format";
import { configSummary, currentEpoch, isActiveStatus, runPhase, shortRunId } from "@/lib/training-run";
import { RunStatusChip } from "./run-status-chip";

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
      <Box component="ul" aria-label="Training runs" sx={{ listStyle: "none", m: 0, p: 0 }}>
        {runs.map((run) => {
          const active = isActiveStatus(run.status);
          const phase = runPhase({
            status: run.status,
            progress: run.progress,
            epochsDone: Math.floor(run.progress * run.config.epochs),
            epochsPlanned: run.config.epochs,
          });
          return (
            <Box
              component="li"
              key={run.id}
              data-testid="training-run"
              data-run-id={run.id}
              data-status={run.status}
              data-phase={phase}
              sx={{ py: 1.5, borderBottom: 1, borderColor: "divider", display: "grid", gap: 0.75 }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
                <MuiLink
                  component={Link}
                  href={`/training/${run.id}`}
                  variant="subtitle1"
                  sx={{ fontWeight: 600 }}
                >
                  Run {shortRunId(run.id)}
                </MuiLink>
                <RunStatusChip status={run.status} />
                {run.model?.active ? (
                  <Typography variant="caption" color="success.main">
                    serving
                  </Typography>
                ) : null}
                {run.testAccuracy != null ? (
                  <Typography variant="body2" sx={{ ml: "auto !important" }} data-testid="run-accuracy">
                    test accuracy <strong>{formatPercent(run.testAccuracy)}</strong>
                  </Typography>
                ) : null}
              </Stack>
              <Typography variant="body2" color="text.secondary">
                {configSummary(run.config)}
              </Typography>
              {active ? (
                <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
                  <Box sx={{ flexGrow: 1 }}>
                    <LinearProgress
                      variant={phase === "training" ? "determinate" : "indeterminate"}
                      value={run.progress * 100}
                      aria-label={`Run ${shortRunId(run.id)} progress`}
                      data-testid="run-progress"
                    />
                    <Typography variant="caption" color="text.secondary" data-testid="run-phase">
                      {phase === "queued"
                        ? "Waiting for the trainer…"
                        : phase === "evaluating"
                          ? "Training done · evaluating on the test set…"
                          : `Training: ${formatProgress(run.progress)} · epoch ${currentEpoch(Math.floor(run.progress * run.config.epochs), run.config.epochs)} of ${run.config.epochs}`}
                    </Typography>
                  </Box>
                  {token ? (
                    <Button
                      size="small"
                      color="warning"
                      startIcon={<StopCircleOutlined />}
                      onClick={() => void cancel(run.id)}
                      disabled={cancelling}
                      aria-label={`Cancel run ${shortRunId(run.id)}`}
                      data-testid="cancel-run"
                    >
                      Cancel
                    </Button>
                  ) : null}
                </Stack>
              ) : (
                <Typography variant="caption" color="text.secondary">
                  {[
                    hydrated ? formatDateTime(run.createdAt) : null,
                    run.durationMs != null ? `took ${formatDuration(run.durationMs)}` : null,
                    run.backend,
                    run.error,
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Typography>
              )}
            </Box>
          );
        })}
      </Box>
    </>
  );
}
