"use client";
import { useMutation } from "@apollo/client/react";
import { useCallback, useRef, useState } from "react";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { PredictDigitDocument, PredictDigitsDocument } from "@/graphql/prediction-operations";
import { apiErrorFrom, type ApiError } from "@/lib/api-error";
import { checkSizes } from "@/lib/upload-limit";

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

/** Answers and refusals merged back into the order the files were chosen in. */
function inUploadOrder(
  ...groups: Array<Array<{ index: number; result: Recognition | undefined }>>
): Recognition[] {
  return groups
    .flat()
    .sort((a, b) => a.index - b.index)
    .flatMap((entry) => (entry.result ? [entry.result] : []));
}

/** Sends one file with `predictDigit` or several with `predictDigits`; only the latest request's answer is kept. */
export function useRecognise(maxUploadBytes: number | undefined) {
  const [predictOne] = useMutation(PredictDigitDocument);
  const [predictMany] = useMutation(PredictDigitsDocument);
  const [state, setState] = useState<RecogniseState>({ pending: [], results: [] });
  const latest = useRef(0);

  const recognise = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) return;
      const request = ++latest.current;
      // Files over the limit are refused here, before a byte of them is uploaded.
      const { accepted, refused } = checkSizes(files, maxUploadBytes);
      setState({ pending: accepted.map((a) => a.file.name), results: [] });
      const sent = accepted.map((a) => a.file);
      let answered: Array<Recognition | undefined> = [];
      if (sent.length === 1) {
        const file = sent[0]!;
        try {
          const { data } = await predictOne({ variables: { image: file, topK: TOP_K } });
          answered = data
            ? [{ key: data.predictDigit.id, fileName: file.name, prediction: data.predictDigit }]
            : [];
        } catch (error) {
          answered = [{ key: `${request}-0`, fileName: file.name, error: apiErrorFrom(error) }];
        }
      } else if (sent.length > 1) {
        try {
          const { data } = await predictMany({ variables: { images: sent, topK: TOP_K } });
          // Placed by the index the API gives, so a refused file in between cannot shift the others.
          for (const r of data?.predictDigits ?? [])
            answered[r.index] = {
              key: r.prediction?.id ?? `${request}-${r.index}`,
              fileName: r.fileName ?? sent[r.index]?.name ?? `File ${r.index + 1}`,
              ...(r.prediction ? { prediction: r.prediction } : {}),
              ...(r.error ? { error: r.error } : {}),
            };
        } catch (error) {
          const failure = apiErrorFrom(error);
          answered = sent.map((f, i) => ({ key: `${request}-${i}`, fileName: f.name, error: failure }));
        }
      }
      const results = inUploadOrder(
        accepted.map((a, i) => ({ index: a.index, result: answered[i] })),
        refused.map((r) => ({
          index: r.index,
          result: { key: `${request}-refused-${r.index}`, fileName: r.file.name, error: r.error },
        })),
      );
      if (request === latest.current) setState({ pending: [], results });
    },
    [predictOne, predictMany, maxUploadBytes],
  );

  const reset = useCallback(() => {
    latest.current++;
    setState({ pending: [], results: [] });
  }, []);

  return { ...state, recognise, reset };
}
