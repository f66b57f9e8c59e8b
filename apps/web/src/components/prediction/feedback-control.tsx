"use client";
import { useMutation } from "@apollo/client/react";
import CheckOutlined from "@mui/icons-material/CheckOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Typography from "@mui/material/Typography";
import { useId, useState } from "react";
import { SubmitFeedbackDocument } from "@/graphql/prediction-operations";
import { apiErrorFrom } from "@/lib/api-error";
import { friendlyError } from "@/lib/error-messages";

export interface FeedbackControlProps {
  predictionId: string;
  digit: number;
  correctDigit: number | null | undefined;
}

const DIGITS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/** "Is this right?": one click to confirm, or pick the digit it should have been. */
export function FeedbackControl({ predictionId, digit, correctDigit }: FeedbackControlProps) {
  const [submit, { loading, error }] = useMutation(SubmitFeedbackDocument);
  const [picking, setPicking] = useState(false);
  const labelId = useId();
  const send = (value: number) => {
    setPicking(false);
    submit({ variables: { predictionId, correctDigit: value } }).catch(() => undefined);
  };

  return (
    <Box data-testid="feedback">
      {correctDigit != null && !picking ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
          <Typography variant="body2" data-testid="feedback-status">
            {correctDigit === digit ? "You confirmed this is a " : "You corrected this to "}
            <strong>{correctDigit}</strong>. Thanks!
          </Typography>
          <Button size="small" onClick={() => setPicking(true)} disabled={loading}>
            Change
          </Button>
        </Stack>
      ) : (
        <Stack spacing={1}>
          <Typography id={labelId} variant="body2" color="text.secondary">
            {picking || correctDigit != null ? "Which digit is it?" : "Is this right?"}
          </Typography>
          {!picking ? (
            <Stack direction="row" spacing={1}>
              <Button
                size="small"
                variant="outlined"
                color="success"
                startIcon={<CheckOutlined />}
                onClick={() => send(digit)}
                disabled={loading}
              >
                Yes, it&apos;s {digit}
              </Button>
              <Button size="small" variant="outlined" onClick={() => setPicking(true)} disabled={loading}>
                No, pick the digit
              </Button>
            </Stack>
          ) : (
            <ToggleButtonGroup
              exclusive
              size="small"
              aria-labelledby={labelId}
              value={correctDigit ?? null}
              onChange={(_, value: number | null) => (value === null ? setPicking(false) : send(value))}
              sx={{ flexWrap: "wrap" }}
            >
              {DIGITS.map((d) => (
                <ToggleButton
                  key={d}
                  value={d}
                  aria-label={`It is a ${d}`}
                  sx={{ minWidth: 40, fontWeight: 600 }}
                >
                  {d}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
          )}
        </Stack>
      )}
      {error ? (
        <Alert severity="error" sx={{ mt: 1 }}>
          {friendlyError(apiErrorFrom(error).code).title}. Your answer was not saved.
        </Alert>
      ) : null}
    </Box>
  );
}
