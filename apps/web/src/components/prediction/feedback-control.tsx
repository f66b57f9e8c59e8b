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
import { useEffect, useId, useRef, useState } from "react";
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
  const digitsRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const choicesRef = useRef<HTMLDivElement>(null);
  // The control that was clicked disappears with each step, so focus is handed to what replaced it.
  const focusNext = useRef<"digits" | "status" | "choices" | null>(null);
  useEffect(() => {
    const target =
      focusNext.current === "digits"
        ? (digitsRef.current?.querySelector<HTMLElement>('button[aria-pressed="true"]') ??
          digitsRef.current?.querySelector<HTMLElement>("button"))
        : focusNext.current === "status"
          ? statusRef.current
          : focusNext.current === "choices"
            ? choicesRef.current?.querySelector<HTMLElement>("button")
            : null;
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const pick = () => {
    focusNext.current = "digits";
    setPicking(true);
  };
  const stopPicking = () => {
    focusNext.current = correctDigit != null ? "status" : "choices";
    setPicking(false);
  };
  const send = (value: number) => {
    focusNext.current = "status";
    setPicking(false);
    submit({
      variables: { predictionId, correctDigit: value },
      // Shown at once, so the thanks (and focus) do not wait for the round trip; rolled back on error.
      optimisticResponse: {
        submitFeedback: { __typename: "Prediction", id: predictionId, correctDigit: value },
      },
    }).catch(() => undefined);
  };

  return (
    <Box data-testid="feedback">
      {correctDigit != null && !picking ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap" }}>
          <Typography
            ref={statusRef}
            variant="body2"
            data-testid="feedback-status"
            tabIndex={-1}
            sx={{
              borderRadius: 1,
              "&:focus-visible": { outline: 2, outlineColor: "primary.main", outlineOffset: 2 },
            }}
          >
            {correctDigit === digit ? "You confirmed this is a " : "You corrected this to "}
            <strong>{correctDigit}</strong>. Thanks: corrections like this one train the next model.
          </Typography>
          <Button size="small" onClick={pick} disabled={loading}>
            Change
          </Button>
        </Stack>
      ) : (
        <Stack spacing={1}>
          <Typography id={labelId} variant="body2" color="text.secondary">
            {picking || correctDigit != null ? "Which digit is it?" : "Is this right?"}
          </Typography>
          {!picking ? (
            <Stack direction="row" spacing={1} ref={choicesRef}>
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
              <Button size="small" variant="outlined" onClick={pick} disabled={loading}>
                No, pick the digit
              </Button>
            </Stack>
          ) : (
            <ToggleButtonGroup
              ref={digitsRef}
              exclusive
              size="small"
              aria-labelledby={labelId}
              value={correctDigit ?? null}
              onChange={(_, value: number | null) => (value === null ? stopPicking() : send(value))}
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
