"use client";
import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Typography from "@mui/material/Typography";
import { graphql } from "@/graphql/generated";
import { adminContext } from "@/lib/admin-token";

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

/** Whether anyone trains queued runs: a warning when runs wait with no live trainer, and (admins) the trainers. */
export function TrainerStatus({ token }: { token: string | null }) {
  const { data } = useQuery(TrainingQueueDocument, { pollInterval: POLL_MS });
  const workers = useQuery(TrainingWorkersDocument, {
    skip: !token,
    pollInterval: POLL_MS,
    ...(token ? { context: adminContext(token) } : {}),
  }).data?.workers;
  const queue = data?.trainingQueue;
  if (!queue) return null;
  const alive = workers?.filter((worker) => worker.alive) ?? [];
  return (
    <>
      {queue.warning && queue.queued > 0 ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {queue.queued === 1 ? "1 run waits" : `${queue.queued} runs wait`} with no live trainer. Start a
          training worker (<code>pnpm worker</code>) or an API replica with <code>TRAINER=in-process</code>.
        </Alert>
      ) : null}
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {queue.workersAlive === 1 ? "1 trainer alive" : `${queue.workersAlive} trainers alive`}
        {alive.length > 0
          ? `: ${alive
              .map(
                (worker) =>
                  `${worker.host} (pid ${worker.pid}, ${worker.kind === "WORKER" ? "worker" : "in-process"}, v${worker.version}, ${worker.run ? `training ${worker.run.id.slice(0, 8)}` : "idle"})`,
              )
              .join("; ")}`
          : ""}
      </Typography>
    </>
  );
}
