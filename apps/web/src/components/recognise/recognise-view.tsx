"use client";
import AutoFixHighOutlined from "@mui/icons-material/AutoFixHighOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import CircularProgress from "@mui/material/CircularProgress";
import Grid from "@mui/material/Grid";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import dynamic from "next/dynamic";
import { startTransition, useEffect, useRef, useState } from "react";
import { DrawingPad } from "@/components/drawing/drawing-pad";
import { exportDrawing } from "@/components/drawing/export-drawing";
import { DEFAULT_STROKE_WIDTH, type Stroke } from "@/components/drawing/strokes";
import { LivePanel } from "@/components/live/live-panel";
import { createStrokeFeed } from "@/components/live/stroke-feed";
import { FileDropZone } from "./file-drop-zone";
import { SourceTabs, type Source } from "./source-tabs";
import { preloadResultBody, RecognitionResults } from "./recognition-results";
import { useRecognise } from "./use-recognise";

// Number mode (its pad, result view and request) loads when its tab is opened, not with `/`.
const NumberMode = dynamic(() => import("@/components/number/number-mode").then((m) => m.NumberMode), {
  ssr: false,
});

export interface RecogniseViewProps {
  /** The API's per-file upload limit, checked here before uploading; undefined when unknown. */
  maxUploadBytes?: number | undefined;
}

export function RecogniseView({ maxUploadBytes }: RecogniseViewProps) {
  const [source, setSource] = useState<Source>("draw");
  const [strokes, setStrokes] = useState<readonly Stroke[]>([]);
  const [strokeWidth, setStrokeWidth] = useState(DEFAULT_STROKE_WIDTH);
  const { pending, results, recognise, reset, waitingForNetwork } = useRecognise(maxUploadBytes);
  const [liveFeed] = useState(createStrokeFeed);
  const busy = pending.length > 0;

  // Pasting an image anywhere on the page recognises it, like dropping it.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const files = [...(event.clipboardData?.files ?? [])].filter((f) => f.type.startsWith("image/"));
      if (files.length === 0) return;
      event.preventDefault();
      preloadResultBody();
      setSource("upload");
      void recognise(files);
    };
    window.addEventListener("paste", onPaste);
    return () => window.removeEventListener("paste", onPaste);
  }, [recognise]);

  // The drawing as the pad has it, which the page renders only once the live answer to it is shown.
  const latestStrokes = useRef(strokes);

  // The PNG is encoded as soon as a stroke ends, so clicking predict goes straight to the upload.
  const exported = useRef<{ strokes: readonly Stroke[]; strokeWidth: number; file: Promise<File> } | null>(
    null,
  );
  useEffect(() => {
    const file = exportDrawing(strokes, strokeWidth);
    file.catch(() => undefined);
    exported.current = { strokes, strokeWidth, file };
  }, [strokes, strokeWidth]);

  const predictDrawing = async () => {
    const drawn = latestStrokes.current;
    const ready = exported.current;
    const current = ready?.strokes === drawn && ready.strokeWidth === strokeWidth;
    await recognise([await (current ? ready.file : exportDrawing(drawn, strokeWidth))]);
  };

  // Any change to the drawing makes the last answer about a different picture, so it goes.
  const changeStrokes = (next: readonly Stroke[]) => {
    latestStrokes.current = next;
    // The live worker reads it first; the page re-renders once that answer is shown (not in its way).
    liveFeed.settle(next, () => startTransition(() => setStrokes(latestStrokes.current)));
    reset();
  };

  const changeSource = (next: Source) => {
    setSource(next);
    reset();
  };

  return (
    // Result components and the GraphQL client load at the first sign of intent, not during hydration.
    <Grid
      container
      spacing={3}
      onPointerDownCapture={preloadResultBody}
      onFocusCapture={preloadResultBody}
      onDragEnterCapture={preloadResultBody}
    >
      <Grid size={{ xs: 12, md: source === "number" ? 12 : 5 }}>
        <Paper sx={{ p: { xs: 2, sm: 3 } }}>
          <SourceTabs value={source} onChange={changeSource} />
          <Box role="tabpanel" id="panel-draw" aria-labelledby="tab-draw" hidden={source !== "draw"}>
            <Stack spacing={2} sx={{ alignItems: "center" }}>
              <DrawingPad
                strokes={strokes}
                onStrokesChange={changeStrokes}
                onStrokeStart={reset}
                onStrokeProgress={liveFeed.push}
                strokeWidth={strokeWidth}
                onStrokeWidthChange={setStrokeWidth}
              />
              <LivePanel
                strokes={strokes}
                strokeWidth={strokeWidth}
                feed={liveFeed}
                recordingWaits={waitingForNetwork}
              />
              <Button
                variant="contained"
                size="large"
                fullWidth
                sx={{ maxWidth: 320 }}
                startIcon={busy ? <CircularProgress size={18} color="inherit" /> : <AutoFixHighOutlined />}
                onClick={() => void predictDrawing()}
                disabled={busy || strokes.length === 0}
                data-testid="predict-button"
              >
                {busy ? "Recognising…" : "Recognise drawing"}
              </Button>
            </Stack>
          </Box>
          <Box role="tabpanel" id="panel-upload" aria-labelledby="tab-upload" hidden={source !== "upload"}>
            <FileDropZone onFiles={(files) => void recognise(files)} disabled={busy} />
          </Box>
          <Box role="tabpanel" id="panel-number" aria-labelledby="tab-number" hidden={source !== "number"}>
            {source === "number" ? <NumberMode maxUploadBytes={maxUploadBytes} /> : null}
          </Box>
        </Paper>
      </Grid>
      <Grid size={{ xs: 12, md: 7 }} sx={source === "number" ? { display: "none" } : undefined}>
        <RecognitionResults pending={pending} results={results} waitingForNetwork={waitingForNetwork} />
      </Grid>
    </Grid>
  );
}
