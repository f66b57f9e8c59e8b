"use client";
import styles from "./history-filters.module.css";
import viewStyles from "./history-view.module.css";

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
    <div className={viewStyles.filters}>
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
      {/* A toggle-button group as plain buttons with aria-pressed: MUI's ToggleButtonGroup hydrated slowly. */}
      <div
        role="group"
        aria-label="Corrected"
        className={viewStyles.toggleGroup}
        data-testid="corrected-filter"
      >
        {CORRECTED_OPTIONS.map((o) => {
          const pressed = toOption(value.corrected) === o.value;
          return (
            <button
              key={o.value}
              type="button"
              className={viewStyles.toggle}
              aria-pressed={pressed}
              value={o.value}
              onClick={() => {
                if (!pressed)
                  onChange({ ...value, corrected: o.value === "all" ? null : o.value === "corrected" });
              }}
            >
              {o.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
