"use client";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import MenuItem from "@mui/material/MenuItem";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { useCallback, useEffect, useState } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { useAdminAccess } from "@/components/training/use-admin-access";
import type {
  FeedbackSampleStatus,
  FeedbackSamplesQuery,
  FeedbackSourceKind,
} from "@/graphql/generated/graphql";
import { adminContext } from "@/lib/admin-token";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import {
  ExcludeFeedbackSampleDocument,
  FeedbackSamplesDocument,
  IncludeFeedbackSampleDocument,
  UpdateFeedbackSettingsDocument,
} from "./data-operations";

type Sample = FeedbackSamplesQuery["feedbackSamples"]["edges"][number]["node"];

export const DATA_PAGE_SIZE = 60;

interface Filter {
  label: number | null;
  kind: FeedbackSourceKind | null;
  status: FeedbackSampleStatus | null;
}

const STATUS_WORDS: Record<FeedbackSampleStatus, string> = {
  TRAINING: "trains",
  HOLDOUT: "holdout",
  EXCLUDED: "excluded",
};

function SampleTile({
  sample,
  busy,
  onToggle,
}: {
  sample: Sample;
  busy: boolean;
  onToggle: (sample: Sample) => void;
}) {
  const corrected = sample.label !== sample.predictedDigit;
  return (
    <Paper
      variant="outlined"
      data-testid="feedback-sample"
      data-status={sample.status}
      sx={{
        p: 1,
        display: "grid",
        gap: 0.5,
        justifyItems: "center",
        opacity: sample.status === "EXCLUDED" ? 0.5 : 1,
      }}
    >
      {/* A data URL of 28x28 pixels: next/image would add nothing. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={sample.image}
        alt={`Sample labelled ${sample.label}${corrected ? `, read as ${sample.predictedDigit}` : ""}`}
        width={56}
        height={56}
        style={{ imageRendering: "pixelated", background: "#000" }}
      />
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {sample.label}
        {corrected ? (
          <Typography component="span" variant="caption" color="error.main">
            {" "}
            (read {sample.predictedDigit})
          </Typography>
        ) : null}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {sample.kind === "DRAWING" ? "drawing" : "photo"} · {STATUS_WORDS[sample.status]}
      </Typography>
      <Button size="small" disabled={busy} onClick={() => onToggle(sample)} data-testid="toggle-sample">
        {sample.status === "EXCLUDED" ? "Include" : "Exclude"}
      </Button>
    </Paper>
  );
}

/** The admin's view of the feedback dataset: counts per digit, the samples with filters, exclusion and the retraining schedule. */
export function DataView() {
  const { acceptedToken, status } = useAdminAccess();
  const [filter, setFilter] = useState<Filter>({ label: null, kind: null, status: null });
  const [data, setData] = useState<FeedbackSamplesQuery | null>(null);
  const [samples, setSamples] = useState<Sample[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [retrainAfter, setRetrainAfter] = useState("");

  const load = useCallback(
    async (after: string | null) => {
      if (!acceptedToken) return;
      try {
        const next = await requestGraphql(
          FeedbackSamplesDocument,
          { first: DATA_PAGE_SIZE, after, ...filter },
          adminContext(acceptedToken),
        );
        setData(next);
        const page = next.feedbackSamples.edges.map((edge) => edge.node);
        setSamples((previous) => (after ? [...previous, ...page] : page));
        if (!after) setRetrainAfter(next.feedbackSettings.retrainAfterSamples?.toString() ?? "");
        setError(null);
      } catch (failure) {
        setError(requestErrorFrom(failure));
      }
    },
    [acceptedToken, filter],
  );
  useEffect(() => {
    void Promise.resolve().then(() => load(null));
  }, [load]);

  if (status === "none" || status === "rejected")
    return (
      <Alert severity="info" data-testid="data-needs-admin">
        The feedback dataset is for admins: enter the admin token on the Training page first.
      </Alert>
    );

  const toggle = async (sample: Sample) => {
    setBusy(sample.id);
    try {
      const changed =
        sample.status === "EXCLUDED"
          ? (
              await requestGraphql(
                IncludeFeedbackSampleDocument,
                { id: sample.id },
                adminContext(acceptedToken),
              )
            ).includeFeedbackSample
          : (
              await requestGraphql(
                ExcludeFeedbackSampleDocument,
                { id: sample.id },
                adminContext(acceptedToken),
              )
            ).excludeFeedbackSample;
      setSamples((previous) =>
        previous.map((s) => (s.id === changed.id ? { ...s, status: changed.status } : s)),
      );
    } catch (failure) {
      setError(requestErrorFrom(failure));
    } finally {
      setBusy(null);
    }
  };
  const saveSchedule = async () => {
    try {
      const value = retrainAfter.trim() === "" ? null : Number(retrainAfter);
      await requestGraphql(
        UpdateFeedbackSettingsDocument,
        { retrainAfterSamples: value },
        adminContext(acceptedToken),
      );
      await load(null);
    } catch (failure) {
      setError(requestErrorFrom(failure));
    }
  };
  const select = <K extends keyof Filter>(key: K, value: string, parse: (v: string) => Filter[K]) =>
    setFilter((previous) => ({ ...previous, [key]: value === "" ? null : parse(value) }));

  return (
    <Stack spacing={3} data-testid="data-view">
      {error ? <ApiErrorAlert error={error} /> : null}
      {data ? (
        <Paper sx={{ p: { xs: 2, sm: 3 } }} component="section">
          <Typography variant="h2" sx={{ mb: 1 }}>
            Samples per digit
          </Typography>
          <Box
            component="table"
            data-testid="feedback-counts"
            sx={{ borderCollapse: "collapse", "& th, & td": { px: 1, textAlign: "right" } }}
          >
            <thead>
              <tr>
                <th>Digit</th>
                {data.feedbackCounts.map((c) => (
                  <th key={c.digit}>{c.digit}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(["training", "holdout", "excluded", "corrected"] as const).map((key) => (
                <tr key={key}>
                  <th>{key}</th>
                  {data.feedbackCounts.map((c) => (
                    <td key={c.digit}>{c[key]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Box>
          <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: "center", flexWrap: "wrap" }}>
            <TextField
              size="small"
              label="Fine-tune after N new samples"
              value={retrainAfter}
              onChange={(event) => setRetrainAfter(event.target.value)}
              helperText={`${data.feedbackSettings.newSamples} new since the last scheduled run; empty: never`}
              slotProps={{ htmlInput: { inputMode: "numeric", "data-testid": "retrain-after" } }}
            />
            <Button variant="outlined" onClick={() => void saveSchedule()} data-testid="save-schedule">
              Save
            </Button>
          </Stack>
        </Paper>
      ) : null}
      <Stack direction="row" spacing={2} sx={{ flexWrap: "wrap" }}>
        <TextField
          select
          size="small"
          label="Label"
          value={filter.label ?? ""}
          onChange={(event) => select("label", event.target.value, Number)}
          sx={{ minWidth: 100 }}
        >
          <MenuItem value="">All</MenuItem>
          {Array.from({ length: 10 }, (_, d) => (
            <MenuItem key={d} value={d}>
              {d}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label="Source"
          value={filter.kind ?? ""}
          onChange={(event) => select("kind", event.target.value, (v) => v as FeedbackSourceKind)}
          sx={{ minWidth: 120 }}
        >
          <MenuItem value="">All</MenuItem>
          <MenuItem value="DRAWING">Drawings</MenuItem>
          <MenuItem value="PHOTO">Photos</MenuItem>
        </TextField>
        <TextField
          select
          size="small"
          label="Status"
          value={filter.status ?? ""}
          onChange={(event) => select("status", event.target.value, (v) => v as FeedbackSampleStatus)}
          sx={{ minWidth: 140 }}
        >
          <MenuItem value="">All</MenuItem>
          <MenuItem value="TRAINING">Trains</MenuItem>
          <MenuItem value="HOLDOUT">Holdout</MenuItem>
          <MenuItem value="EXCLUDED">Excluded</MenuItem>
        </TextField>
        {data ? (
          <Chip label={`${data.feedbackSamples.totalCount} samples`} data-testid="sample-total" />
        ) : null}
      </Stack>
      <Box
        data-testid="feedback-grid"
        sx={{ display: "grid", gap: 1, gridTemplateColumns: "repeat(auto-fill, minmax(104px, 1fr))" }}
      >
        {samples.map((sample) => (
          <SampleTile
            key={sample.id}
            sample={sample}
            busy={busy === sample.id}
            onToggle={(s) => void toggle(s)}
          />
        ))}
      </Box>
      {data && samples.length === 0 ? (
        <Typography color="text.secondary">
          No sample matches: confirmed and corrected predictions appear here.
        </Typography>
      ) : null}
      {data?.feedbackSamples.pageInfo.hasNextPage ? (
        <Button onClick={() => void load(data.feedbackSamples.pageInfo.endCursor ?? null)}>
          More samples
        </Button>
      ) : null}
    </Stack>
  );
}
