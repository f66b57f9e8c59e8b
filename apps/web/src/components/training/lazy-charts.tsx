"use client";
import Skeleton from "@mui/material/Skeleton";
import dynamic from "next/dynamic";

// @mui/x-charts is ~400 kB: only the training pages download it, and only when they draw a chart.
export const LearningCurves = dynamic(() => import("./learning-curves").then((m) => m.LearningCurves), {
  ssr: false,
  loading: () => <Skeleton variant="rounded" height={290} />,
});

export const PerClassChart = dynamic(() => import("./per-class-chart").then((m) => m.PerClassChart), {
  ssr: false,
  loading: () => <Skeleton variant="rounded" height={260} />,
});
