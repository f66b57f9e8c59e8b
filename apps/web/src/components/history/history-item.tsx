"use client";
import DeleteOutlined from "@mui/icons-material/DeleteOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import ListItem from "@mui/material/ListItem";
import ListItemButton from "@mui/material/ListItemButton";
import Stack from "@mui/material/Stack";
import Tooltip from "@mui/material/Tooltip";
import Typography from "@mui/material/Typography";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { formatConfidence, formatDateTime } from "@/lib/format";

export interface HistoryItemProps {
  prediction: PredictionFieldsFragment;
  onOpen: () => void;
  onDelete: () => void;
}

export function HistoryItem({ prediction: p, onOpen, onDelete }: HistoryItemProps) {
  const corrected = p.correctDigit != null && p.correctDigit !== p.digit;
  const feedback = corrected
    ? `, corrected to ${p.correctDigit}`
    : p.correctDigit != null
      ? ", confirmed"
      : "";
  return (
    <ListItem
      data-testid="history-item"
      data-prediction-id={p.id}
      data-digit={p.digit}
      disablePadding
      divider
      secondaryAction={
        <Tooltip title="Delete">
          <IconButton
            edge="end"
            aria-label={`Delete prediction ${p.digit} from ${p.fileName}`}
            onClick={onDelete}
            data-testid="delete-prediction"
          >
            <DeleteOutlined />
          </IconButton>
        </Tooltip>
      }
    >
      <ListItemButton
        onClick={onOpen}
        aria-label={`Open prediction ${p.digit} from ${p.fileName}: ${formatConfidence(p.confidence)} confident${feedback}, ${formatDateTime(p.createdAt)}`}
        sx={{ gap: 2, py: 1.5, pr: 8 }}
      >
        <Box
          component="img"
          src={p.thumbnail}
          alt=""
          loading="lazy"
          sx={{
            width: 56,
            height: 56,
            objectFit: "contain",
            borderRadius: 1,
            border: 1,
            borderColor: "divider",
            bgcolor: "background.default",
            flexShrink: 0,
          }}
        />
        <Typography
          component="span"
          data-testid="history-digit"
          sx={{
            fontSize: "2.25rem",
            fontWeight: 700,
            width: "1.5ch",
            textAlign: "center",
            color: p.uncertain ? "warning.main" : "primary.main",
            flexShrink: 0,
          }}
        >
          {p.digit}
        </Typography>
        <Stack spacing={0.5} sx={{ minWidth: 0, flexGrow: 1 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: "center", flexWrap: "wrap", rowGap: 0.5 }}>
            <Typography variant="body1">{formatConfidence(p.confidence)}</Typography>
            {p.uncertain ? <Chip size="small" color="warning" variant="outlined" label="unsure" /> : null}
            {corrected ? (
              <Chip
                size="small"
                color="secondary"
                label={`corrected to ${p.correctDigit}`}
                data-testid="correction"
              />
            ) : p.correctDigit != null ? (
              <Chip
                size="small"
                color="success"
                variant="outlined"
                label="confirmed"
                data-testid="correction"
              />
            ) : null}
          </Stack>
          <Typography variant="caption" color="text.secondary" noWrap>
            {formatDateTime(p.createdAt)} · model {p.modelVersion} · {p.fileName}
          </Typography>
        </Stack>
      </ListItemButton>
    </ListItem>
  );
}
