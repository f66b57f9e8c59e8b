"use client";
import { BarChart } from "@mui/x-charts/BarChart";
import type { ClassMetrics } from "@/graphql/generated/graphql";

export interface PerClassChartProps {
  perClass: readonly Omit<ClassMetrics, "__typename">[];
}

const percent = (v: number | null) => (v == null ? "" : `${(v * 100).toFixed(1)}%`);

/** Precision and recall of each digit on the test set. */
export function PerClassChart({ perClass }: PerClassChartProps) {
  const lowest = Math.min(...perClass.flatMap((c) => [c.precision, c.recall]));
  return (
    <BarChart
      height={260}
      data-testid="per-class-chart"
      xAxis={[{ data: perClass.map((c) => String(c.digit)), label: "Digit", scaleType: "band" }]}
      // Starting near the lowest score makes the differences between 97% and 99% visible.
      yAxis={[
        {
          min: Math.max(0, Math.floor(lowest * 20) / 20 - 0.05),
          max: 1,
          valueFormatter: (v: number) => `${Math.round(v * 100)}%`,
        },
      ]}
      series={[
        { data: perClass.map((c) => c.precision), label: "Precision", valueFormatter: percent },
        { data: perClass.map((c) => c.recall), label: "Recall", valueFormatter: percent },
      ]}
      aria-label="Precision and recall per digit"
    />
  );
}
