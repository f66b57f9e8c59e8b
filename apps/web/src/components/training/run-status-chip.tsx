import Chip, { type ChipProps } from "@mui/material/Chip";
import type { TrainingRunStatus } from "@/graphql/generated/graphql";

const LOOK: Record<TrainingRunStatus, { label: string; color: ChipProps["color"] }> = {
  QUEUED: { label: "Queued", color: "default" },
  RUNNING: { label: "Running", color: "info" },
  SUCCEEDED: { label: "Succeeded", color: "success" },
  FAILED: { label: "Failed", color: "error" },
  CANCELLED: { label: "Cancelled", color: "warning" },
};

export function RunStatusChip({ status }: { status: TrainingRunStatus }) {
  const look = LOOK[status];
  return (
    <Chip
      size="small"
      label={look.label}
      color={look.color}
      variant={status === "RUNNING" ? "filled" : "outlined"}
      data-testid="run-status"
      data-status={status}
    />
  );
}
