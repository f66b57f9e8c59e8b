"use client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import dynamic from "next/dynamic";
import { useEffect, useState, type ReactNode } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import type { TrainingOverviewQuery } from "@/graphql/generated/graphql";
import { TrainingOverviewDocument } from "@/graphql/training-operations";
import { apiErrorFrom } from "@/lib/api-error";
import { isActiveStatus, TRAINING_RUNS_FIRST } from "@/lib/training-run";
import { AdminTokenPanel } from "./admin-token-panel";
import { ModelList } from "./model-list";
import { TrainerStatus } from "./trainer-status";
import { TrainingRunList } from "./training-run-list";
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

export function TrainingView({ initial = null }: TrainingViewProps) {
  // The server's answer goes into the cache before the query reads it, so the server's HTML and hydration match.
  const client = useApolloClient();
  useState(() => {
    if (initial)
      client.writeQuery({
        query: TrainingOverviewDocument,
        variables: { first: TRAINING_RUNS_FIRST },
        data: initial,
      });
  });
  const access = useAdminAccess();
  // Admin controls appear only for a token the API accepted; a rejected one reveals nothing.
  const token = access.acceptedToken;
  const { data, error, startPolling, stopPolling } = useQuery(TrainingOverviewDocument, {
    variables: { first: TRAINING_RUNS_FIRST },
    fetchPolicy: "cache-and-network",
  });
  const runs = data?.trainingRuns.edges.map((e) => e.node) ?? [];
  const live = runs.some((r) => isActiveStatus(r.status));
  useEffect(() => {
    if (!live) return;
    startPolling(LIVE_POLL_MS);
    return stopPolling;
  }, [live, startPolling, stopPolling]);

  return (
    <>
      {error && !data ? <ApiErrorAlert error={apiErrorFrom(error)} /> : null}
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
          <TrainingRunList runs={runs} token={token} />
        )}
      </Section>
      <Section title="Models" id="models-title">
        {!data ? (
          <Skeleton height={120} />
        ) : data.models.length === 0 ? (
          <Typography color="text.secondary">No models registered.</Typography>
        ) : (
          <ModelList models={data.models} token={token} />
        )}
      </Section>
      <Section title="Admin" id="admin-title">
        <Stack spacing={3}>
          <AdminTokenPanel access={access} />
          {token ? <StartRunForm token={token} /> : null}
        </Stack>
      </Section>
    </>
  );
}
