import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CheckpointFile, EpochMetrics } from "@digit-lab/model";
import type { TrainingRunStore } from "../store/training-run-store.js";

/** Where a run's last epoch checkpoint is kept, for whichever trainer claims it next. */
export interface CheckpointStore {
  /** Stores the checkpoint and the epochs so far; false when the run is no longer this worker's. */
  save(
    runId: string,
    worker: string,
    epochs: EpochMetrics[],
    files: CheckpointFile[],
    leaseMs: number,
  ): Promise<boolean>;
  /** Empty when no epoch finished yet. */
  load(runId: string): Promise<CheckpointFile[]>;
  /** After the run ended: its checkpoint is of no more use. */
  remove(runId: string): Promise<void>;
}

/** PostgreSQL: in the database, so every worker on any machine reaches it (epochs and files in one transaction). */
export function databaseCheckpoints(runs: TrainingRunStore): CheckpointStore {
  return {
    save: (runId, worker, epochs, files, leaseMs) =>
      runs.saveCheckpoint(runId, worker, epochs, files, leaseMs),
    load: (runId) => runs.loadCheckpoint(runId),
    // finish() and succeed() remove it with the run's final write.
    remove: async () => undefined,
  };
}

/**
 * The embedded database: in DATA_DIR, since this process is the only trainer, and PGlite would stall
 * the event loop for seconds writing megabytes of weights every epoch.
 */
export function directoryCheckpoints(runs: TrainingRunStore, dir: string): CheckpointStore {
  const runDir = (runId: string) => join(dir, runId);
  return {
    async save(runId, worker, epochs, files, leaseMs) {
      const staging = `${runDir(runId)}.next`;
      await rm(staging, { recursive: true, force: true });
      await mkdir(staging, { recursive: true });
      for (const file of files) await writeFile(join(staging, file.name), file.data);
      // Files first: a crash before the epochs are written resumes from the files' own history.
      await rm(runDir(runId), { recursive: true, force: true });
      await rename(staging, runDir(runId));
      return runs.saveEpochs(runId, worker, epochs, leaseMs);
    },
    async load(runId) {
      const names = await readdir(runDir(runId)).catch(() => [] as string[]);
      return Promise.all(
        names.map(async (name) => ({
          name,
          data: new Uint8Array(await readFile(join(runDir(runId), name))),
        })),
      );
    },
    async remove(runId) {
      await rm(runDir(runId), { recursive: true, force: true });
      await rm(`${runDir(runId)}.next`, { recursive: true, force: true });
    },
  };
}
