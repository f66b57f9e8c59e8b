"use client";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import type { ModelFieldsFragment } from "@/graphql/generated/graphql";
import { formatPercent } from "@/lib/format";
import { compareAccuracy } from "@/lib/training-run";

export interface ActivateModelDialogProps {
  /** The model to put in service, or null when the dialog is closed. */
  candidate: ModelFieldsFragment | null;
  active: ModelFieldsFragment | null;
  activating: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

const accuracy = (m: ModelFieldsFragment | null) =>
  m?.testAccuracy != null ? formatPercent(m.testAccuracy) : "not measured";

/** Activation changes every answer the app gives, so it is asked for with both test accuracies side by side. */
export function ActivateModelDialog({
  candidate,
  active,
  activating,
  onCancel,
  onConfirm,
}: ActivateModelDialogProps) {
  const comparison = compareAccuracy(candidate?.testAccuracy, active?.testAccuracy);
  const points = comparison.differencePoints;
  return (
    <Dialog
      open={candidate !== null}
      onClose={activating ? undefined : onCancel}
      aria-labelledby="activate-dialog-title"
      data-testid="activate-dialog"
    >
      <DialogTitle id="activate-dialog-title">Put {candidate?.name} in service?</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Every prediction will come from this model, at once and without a restart.
        </DialogContentText>
        <Box
          component="dl"
          data-testid="activate-comparison"
          sx={{
            display: "grid",
            gridTemplateColumns: "auto auto",
            columnGap: 3,
            rowGap: 0.5,
            m: 0,
            "& dt": { color: "text.secondary" },
            "& dd": { m: 0, fontWeight: 600, textAlign: "right", fontVariantNumeric: "tabular-nums" },
          }}
        >
          <dt>{candidate?.name} (new)</dt>
          <dd data-testid="candidate-accuracy">{accuracy(candidate)}</dd>
          <dt>{active ? `${active.name} (active now)` : "Active now"}</dt>
          <dd data-testid="active-accuracy">{accuracy(active)}</dd>
        </Box>
        {points !== null ? (
          <Alert
            severity={comparison.worse ? "warning" : "success"}
            sx={{ mt: 2 }}
            data-testid="accuracy-difference"
          >
            {comparison.worse
              ? `${Math.abs(points).toFixed(1)} percentage points less accurate on the test set than the active model.`
              : points === 0
                ? "As accurate on the test set as the active model."
                : `${points.toFixed(1)} percentage points more accurate on the test set than the active model.`}
          </Alert>
        ) : (
          <Alert severity="info" sx={{ mt: 2 }}>
            The two cannot be compared: a test accuracy is missing.
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={activating} autoFocus>
          Keep {active?.name ?? "the active model"}
        </Button>
        <Button
          variant="contained"
          color={comparison.worse ? "warning" : "primary"}
          onClick={onConfirm}
          disabled={activating}
          data-testid="confirm-activate"
        >
          Activate
        </Button>
      </DialogActions>
    </Dialog>
  );
}
