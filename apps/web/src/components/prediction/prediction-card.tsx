"use client";
import { useFragment } from "@apollo/client/react";
import HelpOutlineOutlined from "@mui/icons-material/HelpOutlineOutlined";
import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { PredictionFieldsFragment } from "@/graphql/generated/graphql";
import { PredictionFields } from "@/graphql/prediction-operations";
import { formatConfidence } from "@/lib/format";
import { uncertainLabel } from "@/lib/uncertain-label";
import { FeedbackControl } from "./feedback-control";
import { ProbabilityChart } from "./probability-chart";

export interface PredictionCardProps {
  prediction: PredictionFieldsFragment;
  /** Smaller digit and image, for the grid of several files. */
  compact?: boolean;
}

interface ThumbnailProps {
  src: string;
  caption: string;
  alt: string;
  size: number;
  pixelated?: boolean;
  testId?: string;
}

function Thumbnail({ src, caption, alt, size, pixelated, testId }: ThumbnailProps) {
  return (
    <Box sx={{ textAlign: "center" }}>
      <Box
        component="img"
        src={src}
        alt={alt}
        data-testid={testId}
        sx={{
          width: size,
          height: size,
          objectFit: "contain",
          // Each of the 28x28 pixels stays a crisp square instead of a blur.
          imageRendering: pixelated ? "pixelated" : "auto",
          borderRadius: 1,
          border: 1,
          borderColor: "divider",
          bgcolor: pixelated ? "#000" : "background.default",
          display: "block",
        }}
      />
      <Typography variant="caption" color="text.secondary">
        {caption}
      </Typography>
    </Box>
  );
}

export function PredictionCard({ prediction: initial, compact = false }: PredictionCardProps) {
  // A live view of the cache, so feedback given here or elsewhere shows up at once.
  const live = useFragment({ fragment: PredictionFields, fragmentName: "PredictionFields", from: initial });
  const prediction = live.complete ? live.data : initial;
  const runnerUp = prediction.topK[1];
  return (
    <Stack spacing={2} data-testid="prediction-card" data-prediction-id={prediction.id}>
      {/* Wraps rather than squeezes: on a phone the thumbnails move under the digit instead of over "confident". */}
      <Stack
        direction="row"
        useFlexGap
        data-testid="prediction-header"
        sx={{ alignItems: "center", flexWrap: "wrap", columnGap: 2, rowGap: 1.5 }}
      >
        <Typography
          data-testid="predicted-digit"
          aria-label={`Predicted digit ${prediction.digit}`}
          sx={{
            fontSize: compact ? "3.5rem" : "6rem",
            lineHeight: 1,
            fontWeight: 700,
            fontVariantNumeric: "tabular-nums",
            color: prediction.uncertain ? "warning.main" : "primary.main",
            minWidth: "1ch",
            textAlign: "center",
          }}
        >
          {prediction.digit}
        </Typography>
        <Stack spacing={0.5} sx={{ minWidth: 0, flex: compact ? "1 1 7rem" : "1 1 11rem" }}>
          <Typography variant={compact ? "body1" : "h3"} component="p" data-testid="confidence">
            {formatConfidence(prediction.confidence)} confident
          </Typography>
          {prediction.uncertain ? (
            <Chip
              data-testid="uncertain"
              color="warning"
              variant="outlined"
              size="small"
              icon={<HelpOutlineOutlined />}
              label={uncertainLabel(prediction.notDigitProbability ?? 0, runnerUp)}
              sx={{ alignSelf: "flex-start", maxWidth: "100%" }}
            />
          ) : null}
          <Typography variant="caption" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
            {prediction.fileName} · {Math.round(prediction.latencyMs)} ms · model {prediction.modelVersion}
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} sx={{ ml: "auto", flexShrink: 0 }}>
          {compact ? null : (
            <Thumbnail
              src={prediction.thumbnail}
              caption="your image"
              alt={`Your upload, ${prediction.fileName}`}
              size={84}
            />
          )}
          <Thumbnail
            src={prediction.normalizedImage}
            caption="model input"
            alt={`The 28 by 28 image the model saw for ${prediction.fileName}`}
            size={compact ? 56 : 84}
            pixelated
            testId="normalized-image"
          />
        </Stack>
      </Stack>
      <ProbabilityChart
        probabilities={prediction.probabilities}
        topK={Math.max(prediction.topK.length, 1)}
        correctDigit={prediction.correctDigit}
      />
      <Divider />
      <FeedbackControl
        predictionId={prediction.id}
        digit={prediction.digit}
        correctDigit={prediction.correctDigit}
      />
    </Stack>
  );
}
