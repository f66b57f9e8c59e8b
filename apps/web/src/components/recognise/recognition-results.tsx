"use client";
import Box from "@mui/material/Box";
import Grid from "@mui/material/Grid";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef } from "react";
import { revealAndFocus } from "./reveal";
import type { Recognition } from "./use-recognise";

/** Loaded after the page (see `preloadResultBody`), so `/` ships only what it shows before the first answer. */
const ResultBody = dynamic(() => import("./result-body").then((m) => m.ResultBody), { ssr: false });

/** Fetches the result components and the GraphQL client while the person is still drawing or choosing a file. */
export function preloadResultBody(): void {
  void import("./result-body").catch(() => undefined);
  void import("./predict").catch(() => undefined);
}

export interface RecognitionResultsProps {
  pending: readonly string[];
  results: readonly Recognition[];
  /** Offline: the pending files are sent once the browser is back online. */
  waitingForNetwork?: boolean;
}

/** The answer region: announced to screen readers as it changes, focused and brought into view when it does. */
export function RecognitionResults({ pending, results, waitingForNetwork }: RecognitionResultsProps) {
  const several = results.length > 1;
  const region = useRef<HTMLDivElement>(null);
  const busy = pending.length > 0;
  // The button that started the request is disabled while it runs, so focus waits here instead of on <body>.
  useEffect(() => {
    if (busy) region.current?.focus({ preventScroll: true });
  }, [busy]);
  // Revealed once the (lazily loaded) result is drawn, so the scroll is measured against its real height.
  const shown = useRef<string | null>(null);
  const wanted = useRef<string | null>(null);
  const reveal = useCallback(() => {
    wanted.current = null;
    if (region.current) revealAndFocus(region.current);
  }, []);
  const onShown = useCallback(
    (key: string) => {
      shown.current = key;
      if (wanted.current === key) reveal();
    },
    [reveal],
  );
  useEffect(() => {
    const first = results[0]?.key;
    if (first === undefined) return;
    if (shown.current === first) reveal();
    else wanted.current = first;
  }, [results, reveal]);
  return (
    <Box
      ref={region}
      tabIndex={-1}
      role="region"
      aria-live="polite"
      aria-busy={busy}
      aria-label="Result"
      data-testid="recognition-results"
      sx={{
        borderRadius: 3,
        outline: "none",
        "&:focus-visible": { outline: 3, outlineColor: "primary.main", outlineOffset: 4 },
      }}
    >
      {busy ? (
        <Paper sx={{ p: 3 }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {waitingForNetwork ? "Offline: waiting for the network to send " : "Uploading and recognising "}
            {pending.length === 1 ? pending[0] : `${pending.length} files`}…
          </Typography>
          <LinearProgress aria-label={waitingForNetwork ? "Waiting for the network" : "Recognising"} />
          <Stack direction="row" spacing={2} sx={{ mt: 3, alignItems: "center" }}>
            <Skeleton variant="rounded" width={64} height={96} />
            <Stack sx={{ flexGrow: 1 }} spacing={1}>
              <Skeleton width="40%" />
              <Skeleton width="70%" />
              <Skeleton width="55%" />
            </Stack>
          </Stack>
        </Paper>
      ) : results.length === 0 ? (
        <Paper sx={{ p: 3, textAlign: "center", color: "text.secondary", borderStyle: "dashed" }}>
          <Typography variant="h3" component="p" sx={{ mb: 1 }}>
            Your result will appear here
          </Typography>
          <Typography variant="body2">
            The digit, how sure the model is, the runners-up and the 28×28 image it saw.
          </Typography>
        </Paper>
      ) : several ? (
        <Grid container spacing={2}>
          {results.map((result) => (
            <Grid key={result.key} size={{ xs: 12, sm: 6 }}>
              <Paper sx={{ p: 2, height: "100%" }} data-testid="result-tile">
                <ResultBody result={result} compact onShown={onShown} />
              </Paper>
            </Grid>
          ))}
        </Grid>
      ) : (
        <Paper sx={{ p: { xs: 2, sm: 3 } }}>
          <ResultBody result={results[0]!} compact={false} onShown={onShown} />
        </Paper>
      )}
    </Box>
  );
}
