"use client";
import FormControl from "@mui/material/FormControl";
import FormHelperText from "@mui/material/FormHelperText";
import InputLabel from "@mui/material/InputLabel";
import MenuItem from "@mui/material/MenuItem";
import Select from "@mui/material/Select";
import Stack from "@mui/material/Stack";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";

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
      <FormControl size="small" sx={{ minWidth: 160 }}>
        <InputLabel id="digit-filter-label">Digit</InputLabel>
        <Select
          labelId="digit-filter-label"
          label="Digit"
          // The list filters on the digit as you corrected it, or as recognised when you did not.
          SelectDisplayProps={{ "aria-describedby": "digit-filter-help" }}
          value={value.digit === null ? "any" : String(value.digit)}
          onChange={(event) =>
            onChange({ ...value, digit: event.target.value === "any" ? null : Number(event.target.value) })
          }
          data-testid="digit-filter"
        >
          <MenuItem value="any">Any digit</MenuItem>
          {Array.from({ length: 10 }, (_, d) => (
            <MenuItem key={d} value={String(d)}>
              {d}
            </MenuItem>
          ))}
        </Select>
        <FormHelperText id="digit-filter-help" sx={{ mx: 0.5 }}>
          As corrected, if you corrected it
        </FormHelperText>
      </FormControl>
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
