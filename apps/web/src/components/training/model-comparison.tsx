"use client";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useCallback, useEffect, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { RunComparisonQuery } from "@/graphql/generated/graphql";
import { adminContext } from "@/lib/admin-token";
import type { ApiError } from "@/lib/api-error";
import { formatPercent } from "@/lib/format";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { ActivateComparedModelDocument, RunComparisonDocument } from "./model-comparison-operations";
import { usePollWhile } from "@/lib/use-poll-while";
import { useAdminAccess } from "./use-admin-access";

/** A finished run is measured beside the active model within a minute or two; until then, look again. */
const PENDING_POLL_MS = 5000;

type Comparison = NonNullable<NonNullable<RunComparisonQuery["trainingRun"]>["comparison"]>;
type SetRow = Comparison["sets"][number];

/** How people read a comparison set's name. */
export const SET_NAMES: Record<string, string> = {
  mnist: "MNIST test",
  crossStyle: "Cross-style",
  nonDigits: "Non-digits",
  feedbackHoldout: "Feedback holdout",
};

const setName = (set: string) => SET_NAMES[set] ?? set;

function points(row: SetRow): string {
  const difference = (row.challengerAccuracy - row.championAccuracy) * 100;
  return `${difference >= 0 ? "+" : ""}${difference.toFixed(2)} pts`;
}

const cellSx = {
  "& th, & td": { px: 1, py: 0.5, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  "& th:first-of-type, & td:first-of-type": { textAlign: "left" },
  borderCollapse: "collapse",
} as const;

function SetTable({ comparison, candidate }: { comparison: Comparison; candidate: string }) {
  return (
    <Box component="table" sx={cellSx} data-testid="comparison-sets">
      <thead>
        <tr>
          <th>Set</th>
          <th>Samples</th>
          <th>Active ({comparison.championName})</th>
          <th>This run ({candidate})</th>
          <th>Change</th>
        </tr>
      </thead>
      <tbody>
        {comparison.sets.map((row) => (
          <Box
            component="tr"
            key={row.set}
            data-set={row.set}
            sx={comparison.worseSets.includes(row.set) ? { color: "error.main", fontWeight: 600 } : undefined}
          >
            <td title={row.description}>{setName(row.set)}</td>
            <td>{row.count.toLocaleString("en")}</td>
            <td>{formatPercent(row.championAccuracy)}</td>
            <td>{formatPercent(row.challengerAccuracy)}</td>
            <td>{points(row)}</td>
          </Box>
        ))}
      </tbody>
    </Box>
  );
}

/** Recall per digit that moved by at least half a point, and the confusions that changed most. */
function SetDetails({ row }: { row: SetRow }) {
  const moved = (row.perClass ?? []).filter((c) => Math.abs(c.challengerRecall - c.championRecall) >= 0.005);
  const changes = row.confusionChanges ?? [];
  if (moved.length === 0 && changes.length === 0) return null;
  return (
    <Box data-testid={`comparison-details-${row.set}`}>
      <Typography variant="subtitle2" component="h3">
        {setName(row.set)}
      </Typography>
      {moved.length > 0 ? (
        <Typography variant="body2">
          Recall per digit:{" "}
          {moved
            .map(
              (c) => `${c.digit}: ${formatPercent(c.championRecall)} → ${formatPercent(c.challengerRecall)}`,
            )
            .join(" · ")}
        </Typography>
      ) : null}
      {changes.length > 0 ? (
        <Typography variant="body2" color="text.secondary">
          Confusions that changed (actual → read as):{" "}
          {changes.map((c) => `${c.actual}→${c.predicted} ${c.champion}→${c.challenger}`).join(" · ")}
        </Typography>
      ) : null}
    </Box>
  );
}

/**
 * The run's model beside the model that was active when it finished, set by set, with activation:
 * a model worse on any set is activated only after the admin confirms, the dialog naming the sets.
 */
export function ModelComparison({ runId }: { runId: string }) {
  const [data, setData] = useState<RunComparisonQuery | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [activating, setActivating] = useState(false);
  const { acceptedToken } = useAdminAccess();
  const load = useCallback(async () => {
    try {
      setData(await requestGraphql(RunComparisonDocument, { id: runId }));
    } catch (failure) {
      setError(requestErrorFrom(failure));
    }
  }, [runId]);
  useEffect(() => {
    void Promise.resolve().then(load);
  }, [load]);
  const run = data?.trainingRun;
  const comparison = run?.comparison;
  usePollWhile(data !== null && !comparison && !error, load, PENDING_POLL_MS);
  if (error) return <ApiErrorAlert error={error} />;
  if (!run) return null;
  if (!comparison || !run.model)
    return (
      <Typography color="text.secondary" data-testid="comparison-pending">
        The comparison with the active model appears here once the run has finished and both models are
        measured on the same sets.
      </Typography>
    );
  const model = run.model;
  const activate = async (force: boolean) => {
    setActivating(true);
    try {
      await requestGraphql(
        ActivateComparedModelDocument,
        { id: model.id, force },
        adminContext(acceptedToken),
      );
      setConfirming(false);
      setError(null);
      await load();
    } catch (failure) {
      setError(requestErrorFrom(failure));
    } finally {
      setActivating(false);
    }
  };
  const worse = comparison.worseSets.map(setName);
  return (
    <Stack spacing={2} data-testid="model-comparison" data-promotable={comparison.promotable}>
      <Typography variant="body2" color="text.secondary">
        {run.includeFeedback
          ? `Trained on MNIST plus ${run.feedbackSamples ?? 0} feedback samples`
          : "Trained on MNIST"}
        {run.baseModel ? `, fine-tuned from ${run.baseModel.name}` : ""}.
      </Typography>
      <Box sx={{ overflowX: "auto" }}>
        <SetTable comparison={comparison} candidate={model.name} />
      </Box>
      {comparison.activated ? (
        <Alert severity="success">
          Promoted automatically: at least as good on every set and better on the feedback holdout.
        </Alert>
      ) : comparison.promotable ? (
        <Alert severity="info">At least as good on every set and better on the feedback holdout.</Alert>
      ) : worse.length > 0 ? (
        <Alert severity="warning" data-testid="comparison-worse">
          Worse than the active model on {worse.join(", ")}.
        </Alert>
      ) : (
        <Alert severity="info">Not worse on any set, but not better on the feedback holdout.</Alert>
      )}
      {comparison.sets.map((row) => (
        <SetDetails key={row.set} row={row} />
      ))}
      {acceptedToken && !model.active ? (
        <Box>
          <Button
            variant="contained"
            disabled={activating}
            onClick={() => (worse.length > 0 ? setConfirming(true) : void activate(false))}
            data-testid="comparison-activate"
          >
            Activate {model.name}
          </Button>
        </Box>
      ) : null}
      {model.active ? (
        <Typography data-testid="comparison-active">{model.name} is serving predictions.</Typography>
      ) : null}
      <Dialog
        open={confirming}
        onClose={activating ? undefined : () => setConfirming(false)}
        aria-labelledby="worse-dialog-title"
      >
        <DialogTitle id="worse-dialog-title">
          Activate a model that is worse on {worse.join(", ")}?
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {model.name} answers fewer of the {worse.join(", ")} set{worse.length > 1 ? "s" : ""} right than{" "}
            {comparison.championName}, which serves now. Every prediction will come from it at once.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)} disabled={activating}>
            Keep {comparison.championName}
          </Button>
          <Button
            color="warning"
            onClick={() => void activate(true)}
            disabled={activating}
            data-testid="confirm-worse"
          >
            Activate anyway
          </Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}

/** For pages that show the comparison inside a paper of their own. */
export function ModelComparisonSection({ runId }: { runId: string }) {
  return (
    <Paper component="section" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h2" sx={{ mb: 2 }}>
        Beside the active model
      </Typography>
      <ModelComparison runId={runId} />
    </Paper>
  );
}
