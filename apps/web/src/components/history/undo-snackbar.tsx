"use client";
import CloseOutlined from "@mui/icons-material/CloseOutlined";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Snackbar from "@mui/material/Snackbar";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";

export interface UndoSnackbarProps {
  pending: PredictionFieldsFragment | null;
  durationMs: number;
  /** The grace period ran out or the snackbar was dismissed (not a click elsewhere). */
  onTimeout: () => void;
  onUndo: () => void;
  onDeleteNow: () => void;
}

/** "Deleted … Undo": loaded with the first delete, not with the list. */
export function UndoSnackbar({ pending, durationMs, onTimeout, onUndo, onDeleteNow }: UndoSnackbarProps) {
  return (
    <Snackbar
      key={pending?.id}
      open={pending !== null}
      autoHideDuration={durationMs}
      onClose={(_, reason) => {
        if (reason !== "clickaway") onTimeout();
      }}
      message={pending ? `Deleted the ${pending.digit} from ${pending.fileName}` : undefined}
      data-testid="undo-delete-snackbar"
      action={
        <>
          <Button color="inherit" size="small" onClick={onUndo} data-testid="undo-delete">
            Undo
          </Button>
          <IconButton
            color="inherit"
            size="small"
            aria-label="Delete now"
            onClick={onDeleteNow}
            data-testid="dismiss-undo"
          >
            <CloseOutlined fontSize="small" />
          </IconButton>
        </>
      }
    />
  );
}
