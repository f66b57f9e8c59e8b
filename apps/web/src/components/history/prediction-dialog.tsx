"use client";
import { useApolloClient, useFragment } from "@apollo/client/react";
import CloseOutlined from "@mui/icons-material/CloseOutlined";
import Dialog from "@mui/material/Dialog";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import IconButton from "@mui/material/IconButton";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { useEffect, useState } from "react";
import { ApolloProvider } from "@/apollo/apollo-provider";
import { PredictionCard } from "@/components/prediction/prediction-card";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { PredictionFields } from "@/graphql/prediction-operations";
import { formatDateTime } from "@/lib/format";

export interface PredictionDialogProps {
  prediction: PredictionFieldsFragment | null;
  onClose: () => void;
  /** The person confirmed or corrected the prediction here, so the list shows it too. */
  onCorrected: (id: string, correctDigit: number | null) => void;
}

/**
 * The full prediction card, with feedback. Loaded when someone first opens an item, and only then
 * Apollo Client with it: the card's feedback is a mutation with an optimistic answer in Apollo's cache.
 */
export function PredictionDialog(props: PredictionDialogProps) {
  return (
    <ApolloProvider>
      <PredictionDialogBody {...props} />
    </ApolloProvider>
  );
}

function PredictionDialogBody({ prediction, onClose, onCorrected }: PredictionDialogProps) {
  const fullScreen = useMediaQuery(useTheme().breakpoints.down("sm"));
  const client = useApolloClient();
  // The list is not Apollo's: the opened prediction is written to the cache for the card to read.
  const [written, setWritten] = useState<string | null>(null);
  if (prediction && written !== prediction.id) {
    setWritten(prediction.id);
    client.writeFragment({
      fragment: PredictionFields,
      fragmentName: "PredictionFields",
      data: {
        ...prediction,
        __typename: "Prediction",
        topK: prediction.topK.map((entry) => ({ ...entry, __typename: "DigitProbability" as const })),
      },
    });
  }
  const live = useFragment({
    fragment: PredictionFields,
    fragmentName: "PredictionFields",
    from: prediction ? { __typename: "Prediction", id: prediction.id } : null,
  });
  const correctDigit = live.complete ? live.data.correctDigit : undefined;
  useEffect(() => {
    if (prediction && correctDigit !== undefined && correctDigit !== prediction.correctDigit)
      onCorrected(prediction.id, correctDigit ?? null);
  }, [prediction, correctDigit, onCorrected]);
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
