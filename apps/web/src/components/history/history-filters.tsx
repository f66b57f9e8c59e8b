"use client";
import Stack from "@mui/material/Stack";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import styles from "./history-filters.module.css";

export interface HistoryFilter {
  digit: number | null;
  corrected: boolean | null;
}

export interface HistoryFiltersProps {
  value: HistoryFilter;
  onChange: (value: HistoryFilter) => void;
}

const CORRECTED_OPTIONS = [
  { value: "all", label: "All" },
  { value: "corrected", label: "Corrected" },
  { value: "uncorrected", label: "Not corrected" },
] as const;

type CorrectedOption = (typeof CORRECTED_OPTIONS)[number]["value"];

function toOption(corrected: boolean | null): CorrectedOption {
  return corrected === null ? "all" : corrected ? "corrected" : "uncorrected";
}

export function HistoryFilters({ value, onChange }: HistoryFiltersProps) {
  return (
    <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ alignItems: { sm: "center" } }}>
      <div className={styles.field}>
        <label htmlFor="digit-filter" className={styles.label}>
          Digit
        </label>
        <select
          id="digit-filter"
          className={styles.select}
          // The list filters on the digit as you corrected it, or as recognised when you did not.
          aria-describedby="digit-filter-help"
          value={value.digit === null ? "any" : String(value.digit)}
          onChange={(event) =>
            onChange({ ...value, digit: event.target.value === "any" ? null : Number(event.target.value) })
          }
          data-testid="digit-filter"
        >
          <option value="any">Any digit</option>
          {Array.from({ length: 10 }, (_, d) => (
            <option key={d} value={String(d)}>
              {d}
            </option>
          ))}
        </select>
        <span id="digit-filter-help" className={styles.help}>
          As corrected, if you corrected it
        </span>
      </div>
      <ToggleButtonGroup
        exclusive
        size="small"
        aria-label="Corrected"
        value={toOption(value.corrected)}
        onChange={(_, option: CorrectedOption | null) => {
          if (option) onChange({ ...value, corrected: option === "all" ? null : option === "corrected" });
        }}
        data-testid="corrected-filter"
      >
        {CORRECTED_OPTIONS.map((o) => (
          <ToggleButton key={o.value} value={o.value}>
            {o.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
}
