"use client";
import ArrowBackOutlined from "@mui/icons-material/ArrowBackOutlined";
import StopCircleOutlined from "@mui/icons-material/StopCircleOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { CancelTrainingRunDocument, TrainingRunDocument } from "@/graphql/training-operations";
import { adminContext } from "@/lib/admin-token";
import type { TrainingRunQuery } from "@/graphql/generated/graphql";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { formatDateTime, formatDuration, formatElapsed, formatPercent, formatProgress } from "@/lib/format";
import { currentEpoch, isActiveStatus, runPhase, runTiming, shortRunId } from "@/lib/training-run";
import { useNow } from "@/lib/use-now";
import { usePollWhile } from "@/lib/use-poll-while";
import { ConfusionMatrix } from "./confusion-matrix";
import { LearningCurves, PerClassChart } from "./lazy-charts";
import { LazyModelComparison } from "./lazy-model-comparison";
import { RecognitionReport } from "./recognition-report";
import { RunStatusChip } from "./run-status-chip";
import { useAdminAccess } from "./use-admin-access";

const LIVE_POLL_MS = 1000;

function Stat({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography variant="h3" component="p" data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper component="section" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

interface LiveProgressProps {
  phase: ReturnType<typeof runPhase>;
  progress: number;
  epoch: number;
  epochs: number;
  timing: ReturnType<typeof runTiming>;
  /** Present for an accepted admin token. */
  cancel: { onCancel: () => void; cancelling: boolean } | null;
}

/** A live run: where it is, how long it has taken and may still take, and a way to stop it. */
function LiveProgress({ phase, progress, epoch, epochs, timing, cancel }: LiveProgressProps) {
  const words =
    phase === "queued"
      ? "Waiting for the trainer…"
      : phase === "evaluating"
        ? "Training done · evaluating on the test set…"
        : `${formatProgress(progress)} · epoch ${epoch} of ${epochs}`;
  return (
    <Stack
      direction="row"
      spacing={2}
      sx={{ alignItems: "center" }}
      data-testid="run-live"
      data-phase={phase}
    >
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <LinearProgress
          variant={phase === "training" ? "determinate" : "indeterminate"}
          value={progress * 100}
          aria-label="Training progress"
        />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="run-progress-text">
          {words}
        </Typography>
        {timing ? (
          <Typography variant="body2" color="text.secondary" data-testid="run-timing">
            {`Elapsed ${formatElapsed(timing.elapsedMs)}`}
            {phase === "training"
              ? timing.remainingMs !== null
                ? ` · about ${formatElapsed(timing.remainingMs)} left`
                : " · estimating time left…"
              : ""}
          </Typography>
        ) : null}
      </Box>
      {cancel ? (
        <Button
          variant="outlined"
          color="warning"
          startIcon={<StopCircleOutlined />}
          onClick={cancel.onCancel}
          disabled={cancel.cancelling}
          data-testid="cancel-run"
        >
          {cancel.cancelling ? "Cancelling…" : "Cancel run"}
        </Button>
      ) : null}
    </Stack>
  );
}

/** One run, with plain requests rather than Apollo Client: read once, then every second while it is live. */
export function RunDetailView({ id }: { id: string }) {
  const [data, setData] = useState<TrainingRunQuery | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(true);
  // Only the latest read lands, so a slow poll cannot undo what a cancel just changed.
  const reads = useRef(0);
  const refetch = useCallback(async () => {
    const read = ++reads.current;
    try {
      const next = await requestGraphql(TrainingRunDocument, { id });
      if (read !== reads.current) return;
      setData(next);
      setError(null);
    } catch (failure) {
      if (read === reads.current) setError(requestErrorFrom(failure));
    } finally {
      if (read === reads.current) setLoading(false);
    }
  }, [id]);
  useEffect(() => {
    // Its state is set when the answer lands, never during the effect itself.
    void Promise.resolve().then(refetch);
  }, [refetch]);
  const run = data?.trainingRun;
  const live = run ? isActiveStatus(run.status) : false;
  const now = useNow(live);
  const { acceptedToken } = useAdminAccess();
  const [cancelling, setCancelling] = useState(false);
  const [cancelError, setCancelError] = useState<ApiError | null>(null);
  const cancel = async (runId: string) => {
    setCancelling(true);
    try {
      await requestGraphql(CancelTrainingRunDocument, { id: runId }, adminContext(acceptedToken));
      setCancelError(null);
      await refetch();
    } catch (failure) {
      setCancelError(requestErrorFrom(failure));
    } finally {
      setCancelling(false);
    }
  };
  usePollWhile(live, refetch, LIVE_POLL_MS);

  const back = (
    <Button
      component={Link}
      href="/training"
      startIcon={<ArrowBackOutlined />}
      sx={{ alignSelf: "flex-start" }}
    >
      All runs
    </Button>
  );
  if (error && !data)
    return (
      <Stack spacing={2}>
        {back}
        <ApiErrorAlert error={error} />
      </Stack>
    );
  if (!run) {
    return (
      <Stack spacing={2}>
        {back}
        {loading ? (
          <Skeleton variant="rounded" height={320} />
        ) : (
          <Typography>There is no training run {shortRunId(id)}.</Typography>
        )}
      </Stack>
    );
  }
  const c = run.config;
  return (
    <Stack spacing={3} data-testid="training-run-detail" data-status={run.status}>
      {back}
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", flexWrap: "wrap" }}>
        <Typography variant="h1" title={run.id}>
          Run {shortRunId(run.id)}
        </Typography>
        <RunStatusChip status={run.status} />
      </Stack>
      {live ? (
        <LiveProgress
          phase={runPhase({
            status: run.status,
            progress: run.progress,
            epochsDone: run.epochs.length,
            epochsPlanned: c.epochs,
          })}
          progress={run.progress}
          epoch={currentEpoch(run.epochs.length, c.epochs)}
          epochs={c.epochs}
          timing={now === null ? null : runTiming(run.startedAt, run.progress, now)}
          cancel={
            acceptedToken
              ? {
                  onCancel: () => void cancel(run.id),
                  cancelling,
                }
              : null
          }
        />
      ) : null}
      {cancelError ? <ApiErrorAlert error={cancelError} /> : null}
      {run.error ? <ApiErrorAlert error={{ code: run.status, message: run.error }} /> : null}
      <Paper sx={{ p: { xs: 2, sm: 3 } }}>
        <Grid container spacing={3}>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Stat
              label="Test accuracy"
              value={run.testAccuracy != null ? formatPercent(run.testAccuracy) : "—"}
              testId="test-accuracy"
            />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Stat label="Test loss" value={run.testLoss != null ? run.testLoss.toFixed(4) : "—"} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Stat label="Duration" value={run.durationMs != null ? formatDuration(run.durationMs) : "—"} />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <Stat
              label="Model"
              value={run.model ? `${run.model.name}${run.model.active ? " (active)" : ""}` : "—"}
            />
          </Grid>
        </Grid>
      </Paper>
      <Section title="Configuration">
        <Box
          component="dl"
          data-testid="run-config"
          sx={{
            display: "grid",
            gridTemplateColumns: { xs: "auto 1fr", sm: "repeat(4, auto 1fr)" },
            columnGap: 2,
            rowGap: 1,
            m: 0,
            "& dt": { color: "text.secondary" },
            "& dd": { m: 0, fontWeight: 500 },
          }}
        >
          <dt>Architecture</dt>
          <dd>{c.architecture}</dd>
          <dt>Epochs</dt>
          <dd>{c.epochs}</dd>
          <dt>Batch size</dt>
          <dd>{c.batchSize}</dd>
          <dt>Learning rate</dt>
          <dd>{c.learningRate}</dd>
          <dt>Augmentation</dt>
          <dd>{c.augment ? "on" : "off"}</dd>
          <dt>Training samples</dt>
          <dd>{c.trainLimit?.toLocaleString("en") ?? "all"}</dd>
          <dt>Seed</dt>
          <dd>{c.seed}</dd>
          <dt>Backend</dt>
          <dd>{run.backend ?? "—"}</dd>
          <dt>Created</dt>
          <dd>{formatDateTime(run.createdAt)}</dd>
          <dt>Finished</dt>
          <dd>{run.finishedAt ? formatDateTime(run.finishedAt) : "—"}</dd>
        </Box>
      </Section>
      <Section title="Learning curves">
        {run.epochs.length > 0 ? (
          <LearningCurves epochs={run.epochs} />
        ) : (
          <Typography color="text.secondary">No epoch has finished yet.</Typography>
        )}
      </Section>
      {run.perClass && run.perClass.length > 0 ? (
        <Section title="Precision and recall per digit">
          <PerClassChart perClass={run.perClass} />
        </Section>
      ) : null}
      {run.confusionMatrix ? (
        <Section title="Confusion matrix (test set)">
          <ConfusionMatrix matrix={run.confusionMatrix} />
        </Section>
      ) : null}
      {run.status === "SUCCEEDED" ? <LazyModelComparison runId={run.id} /> : null}
      {run.recognition ? (
        <Section title="Beyond MNIST: other handwriting, non-digits, honest confidence">
          <RecognitionReport report={run.recognition} />
        </Section>
      ) : null}
    </Stack>
  );
}
