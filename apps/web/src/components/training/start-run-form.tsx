"use client";
import { useMutation, useQuery } from "@apollo/client/react";
import PlayArrowOutlined from "@mui/icons-material/PlayArrowOutlined";
import Button from "@mui/material/Button";
import FormControlLabel from "@mui/material/FormControlLabel";
import Grid from "@mui/material/Grid";
import MenuItem from "@mui/material/MenuItem";
import Switch from "@mui/material/Switch";
import TextField from "@mui/material/TextField";
import { useState, type FormEvent } from "react";
import { ApiErrorAlert } from "@/components/feedback/api-error-alert";
import { ApolloProvider } from "@/apollo/apollo-provider";
import type { ArchitecturesQuery } from "@/graphql/generated/graphql";
import { ArchitecturesDocument, StartTrainingRunDocument } from "@/graphql/training-operations";
import { adminContext } from "@/lib/admin-token";
import { apiErrorFrom } from "@/lib/api-error";

type Limits = ArchitecturesQuery["trainingRunLimits"];

interface NumberField {
  key: keyof Omit<Limits, "__typename">;
  label: string;
  step: number;
  optional?: boolean;
  /** Said instead of the range while the value is fine. */
  hint?: string;
}

const FIELDS: NumberField[] = [
  { key: "epochs", label: "Epochs", step: 1 },
  { key: "batchSize", label: "Batch size", step: 8 },
  { key: "learningRate", label: "Learning rate", step: 0.0005 },
  { key: "trainLimit", label: "Training samples", step: 100, optional: true },
  { key: "seed", label: "Seed", step: 1, hint: "same seed, same run" },
];

type Values = Record<NumberField["key"], string>;

const DEFAULTS: Values = { epochs: "5", batchSize: "128", learningRate: "0.001", trainLimit: "", seed: "42" };

/** The API's bounds in words: "1–50", "above 0, at most 0.1". */
function rangeOf(field: NumberField, limits: Limits | undefined): string {
  if (!limits) return field.optional ? "empty for all" : "";
  const { min, max } = limits[field.key];
  const range = field.key === "learningRate" ? `above ${min}, at most ${max}` : `${min}–${max}`;
  return field.optional ? `${range}; empty for all` : range;
}

function problem(field: NumberField, raw: string, limits: Limits | undefined): string | null {
  if (raw.trim() === "") return field.optional ? null : "Required";
  const value = Number(raw);
  if (!Number.isFinite(value)) return "Not a number";
  if (field.key !== "learningRate" && !Number.isInteger(value)) return "Whole numbers only";
  // Until the bounds arrive the API is the judge; it names the field it refuses.
  if (!limits) return null;
  const { min, max } = limits[field.key];
  if (field.key === "learningRate" ? value <= min || value > max : value < min || value > max)
    return rangeOf(field, limits);
  return null;
}

export interface StartRunFormProps {
  token: string;
  /** Reads the runs again, once a run is started. */
  onStarted: () => Promise<void>;
}

/** Loaded only for admins, and Apollo Client with it: the page's lists are plain requests. */
export function StartRunForm(props: StartRunFormProps) {
  return (
    <ApolloProvider>
      <StartRunFormBody {...props} />
    </ApolloProvider>
  );
}

function StartRunFormBody({ token, onStarted }: StartRunFormProps) {
  const [values, setValues] = useState<Values>(DEFAULTS);
  const architectureQuery = useQuery(ArchitecturesDocument);
  const architectures = architectureQuery.data?.architectures ?? [];
  // Until the user picks one, the API's default (and null, which means the same, before it loads).
  const [picked, setPicked] = useState<string | null>(null);
  const architecture = picked ?? architectures.find((a) => a.isDefault)?.name ?? null;
  const described = architectures.find((a) => a.name === architecture);
  const [augment, setAugment] = useState(true);
  const [start, { loading, error }] = useMutation(StartTrainingRunDocument, {
    context: adminContext(token),
  });
  const limits = architectureQuery.data?.trainingRunLimits;
  const problems = Object.fromEntries(
    FIELDS.map((f) => [f.key, problem(f, values[f.key], limits)]),
  ) as Record<NumberField["key"], string | null>;
  const valid = Object.values(problems).every((p) => p === null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    start({
      variables: {
        input: {
          architecture,
          augment,
          epochs: Number(values.epochs),
          batchSize: Number(values.batchSize),
          learningRate: Number(values.learningRate),
          seed: Number(values.seed),
          trainLimit: values.trainLimit.trim() === "" ? null : Number(values.trainLimit),
        },
      },
    }).then(
      () => onStarted(),
      () => undefined,
    );
  };

  // noValidate: the checks above follow the API's bounds; the browser's step rules would block valid learning rates.
  return (
    <form onSubmit={submit} noValidate aria-label="Start a training run" data-testid="start-run-form">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <TextField
            select
            fullWidth
            size="small"
            label="Architecture"
            value={architecture ?? ""}
            onChange={(e) => setPicked(e.target.value)}
            helperText={
              described
                ? `${described.description}; ${described.parameterCount.toLocaleString("en")} parameters`
                : architectureQuery.error
                  ? "Architectures could not be loaded: runs use the default"
                  : "Loading architectures…"
            }
          >
            {architectures.map((a) => (
              <MenuItem key={a.name} value={a.name}>
                {a.name}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
        {FIELDS.map((f) => (
          <Grid key={f.key} size={{ xs: 12, sm: 6, md: 4 }}>
            <TextField
              fullWidth
              size="small"
              type="number"
              label={f.label}
              value={values[f.key]}
              onChange={(e) => setValues({ ...values, [f.key]: e.target.value })}
              error={problems[f.key] !== null}
              helperText={problems[f.key] ?? f.hint ?? rangeOf(f, limits)}
              slotProps={{
                htmlInput: {
                  min: limits?.[f.key].min,
                  max: limits?.[f.key].max,
                  step: f.step,
                  "data-testid": `run-${f.key}`,
                },
              }}
            />
          </Grid>
        ))}
        <Grid size={{ xs: 12, sm: 6, md: 4 }}>
          <FormControlLabel
            control={<Switch checked={augment} onChange={(e) => setAugment(e.target.checked)} />}
            label="Augment (shift, rotate, scale)"
          />
        </Grid>
        {error ? (
          <Grid size={12}>
            <ApiErrorAlert error={apiErrorFrom(error)} />
          </Grid>
        ) : null}
        <Grid size={12}>
          <Button
            type="submit"
            variant="contained"
            startIcon={<PlayArrowOutlined />}
            disabled={!valid || loading}
            data-testid="start-run"
          >
            {loading ? "Starting…" : "Start training run"}
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}
