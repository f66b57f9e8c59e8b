"use client";
import { useMutation } from "@apollo/client/react";
import { useCallback, useRef, useState } from "react";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { PredictDigitDocument, PredictDigitsDocument } from "@/graphql/prediction-operations";
import { apiErrorFrom, type ApiError } from "@/lib/api-error";

const TOP_K = 3;

export interface Recognition {
  key: string;
  fileName: string;
  prediction?: PredictionFieldsFragment;
  error?: ApiError;
}

export interface RecogniseState {
  /** Files being uploaded and recognised right now. */
  pending: readonly string[];
  results: readonly Recognition[];
}

/** Sends one file with `predictDigit` or several with `predictDigits`; only the latest request's answer is kept. */
export function useRecognise() {
  const [predictOne] = useMutation(PredictDigitDocument);
  const [predictMany] = useMutation(PredictDigitsDocument);
  const [state, setState] = useState<RecogniseState>({ pending: [], results: [] });
  const latest = useRef(0);

  const recognise = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const request = ++latest.current;
      setState({ pending: files.map((f) => f.name), results: [] });
      let results: Recognition[];
      if (files.length === 1) {
        const file = files[0]!;
        try {
          const { data } = await predictOne({ variables: { image: file, topK: TOP_K } });
          results = data
            ? [{ key: data.predictDigit.id, fileName: file.name, prediction: data.predictDigit }]
            : [];
        } catch (error) {
          results = [{ key: `${request}-0`, fileName: file.name, error: apiErrorFrom(error) }];
        }
      } else {
        try {
          const { data } = await predictMany({ variables: { images: [...files], topK: TOP_K } });
          results = (data?.predictDigits ?? []).map((r) => ({
            key: r.prediction?.id ?? `${request}-${r.index}`,
            fileName: r.fileName ?? files[r.index]?.name ?? `File ${r.index + 1}`,
            ...(r.prediction ? { prediction: r.prediction } : {}),
            ...(r.error ? { error: r.error } : {}),
          }));
        } catch (error) {
          const failure = apiErrorFrom(error);
          results = files.map((f, i) => ({ key: `${request}-${i}`, fileName: f.name, error: failure }));
        }
      }
      if (request === latest.current) setState({ pending: [], results });
    },
    [predictOne, predictMany],
  );

  const reset = useCallback(() => {
    latest.current++;
    setState({ pending: [], results: [] });
  }, []);

  return { ...state, recognise, reset };
}
