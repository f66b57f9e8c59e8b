"use client";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { PredictionCard } from "@/components/prediction/prediction-card";
import type { Recognition } from "./use-recognise";

export interface ResultBodyProps {
  result: Recognition;
  compact: boolean;
}

export function ResultBody({ result, compact }: ResultBodyProps) {
  if (result.prediction) return <PredictionCard prediction={result.prediction} compact={compact} />;
  if (result.error)
    return (
      <ApiErrorAlert
        testId="prediction-error"
        error={result.error}
        fileName={compact ? result.fileName : null}
      />
    );
  return null;
}
