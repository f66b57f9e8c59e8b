"use client";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";

export interface DeletePredictionDialogProps {
  prediction: PredictionFieldsFragment | null;
  deleting: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

export function DeletePredictionDialog({
  prediction,
  deleting,
  onCancel,
  onConfirm,
}: DeletePredictionDialogProps) {
  return (
    <Dialog open={prediction !== null} onClose={onCancel} aria-labelledby="delete-dialog-title">
      <DialogTitle id="delete-dialog-title">Delete this prediction?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {prediction
            ? `The ${prediction.digit} recognised in ${prediction.fileName} and its image will be removed. You can undo it for a few seconds.`
            : null}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={deleting}>
          Keep
        </Button>
        <Button
          color="error"
          variant="contained"
          onClick={onConfirm}
          disabled={deleting}
          data-testid="confirm-delete"
          autoFocus
        >
          Delete
        </Button>
      </DialogActions>
    </Dialog>
  );
}
