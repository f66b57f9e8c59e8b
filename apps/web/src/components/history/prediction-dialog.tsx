"use client";
import CloseOutlined from "@mui/icons-material/CloseOutlined";
import Dialog from "@mui/material/Dialog";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import IconButton from "@mui/material/IconButton";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { PredictionCard } from "@/components/prediction/prediction-card";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { formatDateTime } from "@/lib/format";

export interface PredictionDialogProps {
  prediction: PredictionFieldsFragment | null;
  onClose: () => void;
}

export function PredictionDialog({ prediction, onClose }: PredictionDialogProps) {
  const fullScreen = useMediaQuery(useTheme().breakpoints.down("sm"));
  return (
    <Dialog
      open={prediction !== null}
      onClose={onClose}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
      aria-labelledby="prediction-dialog-title"
      data-testid="prediction-dialog"
    >
      {prediction ? (
        <>
          <DialogTitle id="prediction-dialog-title" sx={{ pr: 7 }}>
            Prediction from {formatDateTime(prediction.createdAt)}
            <IconButton aria-label="Close" onClick={onClose} sx={{ position: "absolute", right: 8, top: 8 }}>
              <CloseOutlined />
            </IconButton>
          </DialogTitle>
          <DialogContent dividers>
            <PredictionCard prediction={prediction} />
          </DialogContent>
        </>
      ) : null}
    </Dialog>
  );
}
