"use client";
import { useCallback, useRef, useState } from "react";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import type { ApiError } from "@/lib/api-error";
import { checkSizes } from "@/lib/upload-limit";

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
  /** The browser is offline: the files are sent once it is back online. */
  waitingForNetwork?: boolean;
}

/** Resolves once the browser says it is online (at once when it is). */
function online(): Promise<void> {
  if (navigator.onLine) return Promise.resolve();
  return new Promise((resolve) => window.addEventListener("online", () => resolve(), { once: true }));
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

/** Recognises files (see `predictFiles`); only the latest request's answer is kept. */
export function useRecognise(maxUploadBytes: number | undefined) {
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
      // Offline, the request would fail: it waits for the network instead, and the page says so.
      if (sent.length > 0 && !navigator.onLine) {
        setState({ pending: accepted.map((a) => a.file.name), results: [], waitingForNetwork: true });
        await online();
        if (request !== latest.current) return;
        setState({ pending: accepted.map((a) => a.file.name), results: [] });
      }
      const answered =
        sent.length === 0
          ? []
          : await import("./predict").then(
              ({ predictFiles }) => predictFiles(sent, request),
              // The request code could not be loaded: as good as no connection.
              (error: unknown) =>
                sent.map((f, i) => ({
                  key: `${request}-${i}`,
                  fileName: f.name,
                  error: { code: "NETWORK_ERROR", message: String(error) },
                })),
            );
      const results = inUploadOrder(
        accepted.map((a, i) => ({ index: a.index, result: answered[i] })),
        refused.map((r) => ({
          index: r.index,
          result: { key: `${request}-refused-${r.index}`, fileName: r.file.name, error: r.error },
        })),
      );
      if (request === latest.current) setState({ pending: [], results });
    },
    [maxUploadBytes],
  );

  const reset = useCallback(() => {
    latest.current++;
    setState({ pending: [], results: [] });
  }, []);

  return { ...state, recognise, reset };
}
