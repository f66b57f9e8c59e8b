"use client";
import dynamic from "next/dynamic";

// Loaded after the run page: the comparison is read with its own request once the page is up.
export const LazyModelComparison = dynamic(
  () => import("./model-comparison").then((m) => m.ModelComparisonSection),
  { ssr: false },
);
