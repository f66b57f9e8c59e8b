"use client";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { TrainingOverviewQuery } from "@/graphql/generated/graphql";
import { TrainingOverviewDocument } from "@/graphql/training-operations";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { isActiveStatus, TRAINING_RUNS_FIRST } from "@/lib/training-run";
import { AdminTokenPanel } from "./admin-token-panel";
import { ModelList } from "./model-list";
import { TrainerStatus } from "./trainer-status";
import { TrainingRunList } from "./training-run-list";
import { usePollWhile } from "@/lib/use-poll-while";
import { useAdminAccess } from "./use-admin-access";

// Shown only once the API accepts an admin token: its form fields load then, not with the page.
const StartRunForm = dynamic(() => import("./start-run-form").then((m) => m.StartRunForm), { ssr: false });

/** How often live runs are re-read; an epoch on the small test runs takes a few seconds. */
const LIVE_POLL_MS = 1000;

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <Paper component="section" aria-labelledby={id} sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id={id} variant="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

export interface TrainingViewProps {
  /** Runs and models fetched by the server for its HTML; null when they could not be. */
  initial?: TrainingOverviewQuery | null;
}

/**
 * Runs and models with plain requests rather than Apollo Client: the server renders them, live runs are
 * read again every second, and each admin action reads them again once done.
 */
export function TrainingView({ initial = null }: TrainingViewProps) {
  const [data, setData] = useState<TrainingOverviewQuery | null>(initial);
  const [error, setError] = useState<ApiError | null>(null);
  // Only the latest read lands, so a slow poll cannot undo what an action just changed.
  const reads = useRef(0);
  const refetch = useCallback(async () => {
    const read = ++reads.current;
    try {
      const next = await requestGraphql(TrainingOverviewDocument, { first: TRAINING_RUNS_FIRST });
      if (read !== reads.current) return;
      setData(next);
      setError(null);
    } catch (failure) {
      if (read === reads.current) setError(requestErrorFrom(failure));
    }
  }, []);
  // Without the server's answer (the API was slow or down), the browser asks itself.
  const [seeded] = useState(initial !== null);
  useEffect(() => {
    // Its state is set when the answer lands, never during the effect itself.
    if (!seeded) void Promise.resolve().then(refetch);
  }, [seeded, refetch]);
  const access = useAdminAccess();
  // Admin controls appear only for a token the API accepted; a rejected one reveals nothing.
  const token = access.acceptedToken;
  const runs = data?.trainingRuns.edges.map((e) => e.node) ?? [];
  const live = runs.some((r) => isActiveStatus(r.status));
  usePollWhile(live, refetch, LIVE_POLL_MS);

  return (
    <>
      {error && !data ? <ApiErrorAlert error={error} /> : null}
      <Section title="Training runs" id="runs-title">
        <TrainerStatus token={token} />
        {!data ? (
          <Stack spacing={1} aria-busy="true" aria-label="Loading runs">
            <Skeleton height={64} />
            <Skeleton height={64} />
          </Stack>
        ) : runs.length === 0 ? (
          <Typography color="text.secondary">No training runs recorded yet.</Typography>
        ) : (
          <TrainingRunList runs={runs} token={token} onChanged={refetch} />
        )}
      </Section>
      <Section title="Models" id="models-title">
        {!data ? (
          <Skeleton height={120} />
        ) : data.models.length === 0 ? (
          <Typography color="text.secondary">No models registered.</Typography>
        ) : (
          <ModelList models={data.models} token={token} onChanged={refetch} />
        )}
      </Section>
      <Section title="Admin" id="admin-title">
        <Stack spacing={3}>
          <AdminTokenPanel access={access} />
          {token ? <StartRunForm token={token} onStarted={refetch} /> : null}
        </Stack>
      </Section>
    </>
  );
}
