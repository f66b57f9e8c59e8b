"use client";
import { useEffect } from "react";
import { ApolloProvider } from "@/apollo/apollo-provider";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { PredictionCard } from "@/components/prediction/prediction-card";
import type { Recognition } from "./use-recognise";

export interface ResultBodyProps {
  result: Recognition;
  compact: boolean;
  /** Called once this result is on the page, with its key (this component is loaded lazily). */
  onShown?: (key: string) => void;
}

export function ResultBody({ result, compact, onShown }: ResultBodyProps) {
  useEffect(() => onShown?.(result.key), [result.key, onShown]);
  // Feedback and the card's live view of the cache need the client; this body is the first thing on `/` that does.
  if (result.prediction)
    return (
      <ApolloProvider>
        <PredictionCard prediction={result.prediction} compact={compact} />
      </ApolloProvider>
    );
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
