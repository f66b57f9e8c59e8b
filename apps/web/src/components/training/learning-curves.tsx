"use client";
import Grid from "@mui/material/Grid";
import Typography from "@mui/material/Typography";
import { LineChart } from "@mui/x-charts/LineChart";
import type { EpochMetrics } from "@/graphql/generated/graphql";

export interface LearningCurvesProps {
  epochs: readonly Omit<EpochMetrics, "__typename">[];
}

const fixed3 = (v: number | null) => (v == null ? "" : v.toFixed(3));
const percent = (v: number | null) => (v == null ? "" : `${(v * 100).toFixed(1)}%`);

/** Up to this many epochs each one gets a mark; a line alone cannot show a run of one epoch at all. */
const MAX_EPOCHS_WITH_MARKS = 12;

/** Loss and accuracy per epoch, training against validation. */
export function LearningCurves({ epochs }: LearningCurvesProps) {
  const xAxis = [{ data: epochs.map((e) => e.epoch), label: "Epoch", scaleType: "point" as const }];
  const showMark = epochs.length <= MAX_EPOCHS_WITH_MARKS;
  return (
    <Grid container spacing={2} data-testid="learning-curves">
      <Grid size={{ xs: 12, md: 6 }}>
        <Typography variant="subtitle2" component="h3" color="text.secondary">
          Loss
        </Typography>
        <LineChart
          height={260}
          xAxis={xAxis}
          yAxis={[{ valueFormatter: (v: number) => v.toFixed(2) }]}
          series={[
            { data: epochs.map((e) => e.loss), label: "Training", valueFormatter: fixed3, showMark },
            { data: epochs.map((e) => e.valLoss), label: "Validation", valueFormatter: fixed3, showMark },
          ]}
          aria-label="Loss per epoch, training and validation"
        />
      </Grid>
      <Grid size={{ xs: 12, md: 6 }}>
        <Typography variant="subtitle2" component="h3" color="text.secondary">
          Accuracy
        </Typography>
        <LineChart
          height={260}
          xAxis={xAxis}
          yAxis={[{ valueFormatter: (v: number) => `${Math.round(v * 100)}%` }]}
          series={[
            { data: epochs.map((e) => e.accuracy), label: "Training", valueFormatter: percent, showMark },
            {
              data: epochs.map((e) => e.valAccuracy),
              label: "Validation",
              valueFormatter: percent,
              showMark,
            },
          ]}
          aria-label="Accuracy per epoch, training and validation"
        />
      </Grid>
    </Grid>
  );
}
