"use client";
import { useEffect, useState } from "react";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { graphql } from "@/graphql/generated";
import { adminContext } from "@/lib/admin-token";
import { requestGraphql } from "@/lib/graphql-request";
import { Icon } from "@/components/shell/icons";
import { cx } from "./class-names";
import { REPORT_PROBLEM } from "./icons";
import styles from "./training.module.css";

const TrainingQueueDocument = graphql(`
  query TrainingQueue {
    trainingQueue {
      queued
      workersAlive
      warning
    }
  }
`);

const TrainingWorkersDocument = graphql(`
  query TrainingWorkers {
    workers {
      id
      kind
      host
      pid
      version
      alive
      run {
        id
      }
    }
  }
`);

/** Trainers come and go without the page knowing; a few seconds late is fine for this line. */
const POLL_MS = 5000;

/** The answer to a query, read again every `ms` (one request at a time); null while skipped or before it lands. */
function usePolled<TData>(
  document: TypedDocumentNode<TData, Record<string, never>>,
  ms: number,
  token: string | null,
  skip = false,
): TData | null {
  const [answer, setAnswer] = useState<{ token: string | null; data: TData } | null>(null);
  useEffect(() => {
    if (skip) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const data = await requestGraphql(document, {}, token ? adminContext(token) : {});
        if (!stopped) setAnswer({ token, data });
      } catch {
        // Kept as it was; the next poll tries again.
      }
      if (!stopped) timer = setTimeout(() => void tick(), ms);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [document, ms, token, skip]);
  return !skip && answer?.token === token ? answer.data : null;
}

/** Whether anyone trains queued runs: a warning when runs wait with no live trainer, and (admins) the trainers. */
export function TrainerStatus({ token }: { token: string | null }) {
  const queue = usePolled(TrainingQueueDocument, POLL_MS, null)?.trainingQueue;
  const workers = usePolled(TrainingWorkersDocument, POLL_MS, token, !token)?.workers;
  // Its line's space is kept from the first paint, so the runs below do not move when the answer lands.
  const line = cx(styles.body2, styles.secondary, styles.statusLine);
  if (!queue) return <p className={line}>Checking trainers…</p>;
  const alive = workers?.filter((worker) => worker.alive) ?? [];
  return (
    <>
      {queue.warning && queue.queued > 0 ? (
        <div role="alert" className={styles.alert}>
          <Icon path={REPORT_PROBLEM} />
          <div>
            {queue.queued === 1 ? "1 run waits" : `${queue.queued} runs wait`} with no live trainer. Start a
            training worker (<code>pnpm worker</code>) or an API replica with <code>TRAINER=in-process</code>.
          </div>
        </div>
      ) : null}
      <p className={line}>
        {queue.workersAlive === 1 ? "1 trainer alive" : `${queue.workersAlive} trainers alive`}
        {alive.length > 0
          ? `: ${alive
              .map(
                (worker) =>
                  `${worker.host} (pid ${worker.pid}, ${worker.kind === "WORKER" ? "worker" : "in-process"}, v${worker.version}, ${worker.run ? `training ${worker.run.id.slice(0, 8)}` : "idle"})`,
              )
              .join("; ")}`
          : ""}
      </p>
    </>
  );
}
