"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { TrainingOverviewQuery } from "@/graphql/generated/graphql";
import { TrainingOverviewDocument } from "@/graphql/training-operations";
import type { ApiError } from "@/lib/api-error";
import { requestErrorFrom, requestGraphql } from "@/lib/graphql-request";
import { isActiveStatus, TRAINING_RUNS_FIRST } from "@/lib/training-run";
import { AdminTokenPanel } from "./admin-token-panel";
import { cx } from "./class-names";
import { ApiErrorAlert } from "./lazy-error-alert";
import { ModelList } from "./model-list";
import { TrainerStatus } from "./trainer-status";
import { TrainingRunList } from "./training-run-list";
import { usePollWhile } from "@/lib/use-poll-while";
import styles from "./training.module.css";
import { useAdminAccess } from "./use-admin-access";

// Shown only once the API accepts an admin token: its form fields load then, not with the page.
const StartRunForm = dynamic(() => import("./start-run-form").then((m) => m.StartRunForm), { ssr: false });

/** How often live runs are re-read; an epoch on the small test runs takes a few seconds. */
const LIVE_POLL_MS = 1000;

function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h2 id={id} className={styles.h2}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const EMPTY = cx(styles.body2, styles.secondary);

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
          <div className={styles.bones} aria-busy="true" aria-label="Loading runs" role="status">
            <span className={styles.bone} />
            <span className={styles.bone} />
          </div>
        ) : runs.length === 0 ? (
          <p className={EMPTY}>No training runs recorded yet.</p>
        ) : (
          <TrainingRunList runs={runs} token={token} onChanged={refetch} />
        )}
      </Section>
      <Section title="Models" id="models-title">
        {!data ? (
          <span className={styles.bone} style={{ height: 120 }} aria-hidden="true" />
        ) : data.models.length === 0 ? (
          <p className={EMPTY}>No models registered.</p>
        ) : (
          <ModelList models={data.models} token={token} onChanged={refetch} />
        )}
      </Section>
      <Section title="Admin" id="admin-title">
        <div className={styles.stack}>
          <AdminTokenPanel access={access} />
          {token ? <StartRunForm token={token} onStarted={refetch} /> : null}
        </div>
      </Section>
    </>
  );
}
