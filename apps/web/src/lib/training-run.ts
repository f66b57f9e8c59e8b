import type { TrainingRunConfig, TrainingRunStatus } from "@/graphql/generated/graphql";

/** Queued and running runs change on their own, so views poll them. */
export function isActiveStatus(status: TrainingRunStatus): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

export function configSummary(c: Omit<TrainingRunConfig, "__typename">): string {
  const samples = c.trainLimit ? `${c.trainLimit.toLocaleString("en")} samples` : "all samples";
  return `${c.architecture} · ${c.epochs} ${c.epochs === 1 ? "epoch" : "epochs"} · batch ${c.batchSize} · lr ${c.learningRate} · ${samples}${c.augment ? " · augmented" : ""}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Run ids are UUIDs; their first block is enough to tell runs apart on screen. */
export function shortRunId(id: string): string {
  return UUID.test(id) ? id.slice(0, 8) : id;
}
