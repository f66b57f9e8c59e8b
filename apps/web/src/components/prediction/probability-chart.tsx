"use client";
import Box from "@mui/material/Box";
import FormControlLabel from "@mui/material/FormControlLabel";
import Stack from "@mui/material/Stack";
import Switch from "@mui/material/Switch";
import Typography from "@mui/material/Typography";
import { useId, useState } from "react";
import { formatConfidence } from "@/lib/format";

export interface ProbabilityChartProps {
  /** Ten probabilities, index = digit. */
  probabilities: readonly number[];
  /** How many of the most likely digits to show until the person asks for all ten. */
  topK?: number;
  /** The digit the person said was right, highlighted when it differs from the prediction. */
  correctDigit?: number | null;
}

/** Horizontal bars, most likely digit first; plain markup so it renders instantly and reads well to screen readers. */
export function ProbabilityChart({ probabilities, topK = 3, correctDigit }: ProbabilityChartProps) {
  const [showAll, setShowAll] = useState(false);
  const titleId = useId();
  const ranked = probabilities
    .map((probability, digit) => ({ digit, probability }))
    .sort((a, b) => b.probability - a.probability);
  const top = ranked[0]?.digit;
  const shown = showAll
    ? ranked.map((_, digit) => ({ digit, probability: probabilities[digit] ?? 0 }))
    : ranked.slice(0, topK);

  return (
    <Box data-testid="probability-chart" data-mode={showAll ? "all" : "top"}>
      <Stack direction="row" sx={{ alignItems: "center", justifyContent: "space-between", mb: 1 }}>
        <Typography id={titleId} variant="subtitle2" color="text.secondary">
          {showAll ? "All ten digits" : `Top ${Math.min(topK, ranked.length)} digits`}
        </Typography>
        <FormControlLabel
          control={<Switch size="small" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />}
          label="Show all ten"
          slotProps={{ typography: { variant: "body2" } }}
          sx={{ mr: 0 }}
        />
      </Stack>
      <Box
        component="ol"
        aria-labelledby={titleId}
        sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 0.75 }}
      >
        {shown.map(({ digit, probability }) => {
          const isTop = digit === top;
          const isCorrection = correctDigit != null && correctDigit === digit && !isTop;
          return (
            <Box
              component="li"
              key={digit}
              data-testid="probability-bar"
              data-digit={digit}
              aria-label={`Digit ${digit}: ${formatConfidence(probability)}${isCorrection ? ", the correct answer" : ""}`}
              sx={{
                display: "grid",
                gridTemplateColumns: "1.5rem 1fr 3.75rem",
                alignItems: "center",
                gap: 1,
              }}
            >
              <Typography
                component="span"
                sx={{
                  fontWeight: isTop ? 700 : 400,
                  fontVariantNumeric: "tabular-nums",
                  textAlign: "center",
                }}
                aria-hidden
              >
                {digit}
              </Typography>
              <Box
                sx={{ height: 14, borderRadius: 7, bgcolor: "action.hover", overflow: "hidden" }}
                aria-hidden
              >
                <Box
                  data-testid="probability-fill"
                  // Inline, because a class per value would grow the stylesheet with every prediction.
                  style={{ width: `${(probability * 100).toFixed(1)}%` }}
                  sx={{
                    height: "100%",
                    minWidth: probability > 0 ? 2 : 0,
                    borderRadius: 7,
                    bgcolor: isTop ? "primary.main" : isCorrection ? "secondary.main" : "text.disabled",
                    transition: "width 250ms ease-out",
                  }}
                />
              </Box>
              <Typography
                component="span"
                variant="body2"
                sx={{ fontVariantNumeric: "tabular-nums", textAlign: "right" }}
                aria-hidden
              >
                {formatConfidence(probability)}
              </Typography>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
