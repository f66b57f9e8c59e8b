import type { TrainingRunStatus } from "@/graphql/generated/graphql";
import { cx } from "./class-names";
import styles from "./training.module.css";

const LOOK: Record<TrainingRunStatus, { label: string; hue: string | undefined }> = {
  QUEUED: { label: "Queued", hue: undefined },
  RUNNING: { label: "Running", hue: styles.chipInfo },
  SUCCEEDED: { label: "Succeeded", hue: styles.chipSuccess },
  FAILED: { label: "Failed", hue: styles.chipError },
  CANCELLED: { label: "Cancelled", hue: styles.chipWarning },
};

/** A run's status as a small chip in plain markup (filled while it runs, outlined otherwise). */
export function RunStatusChip({ status }: { status: TrainingRunStatus }) {
  const look = LOOK[status];
  return (
    <span
      className={cx(styles.chip, look.hue, status === "RUNNING" && styles.chipFilled)}
      data-testid="run-status"
      data-status={status}
    >
      {look.label}
    </span>
  );
}
