import type { HistoryFilter } from "./history-filters";

// Shared with the server page, so they live here rather than in a client module.
export const HISTORY_PAGE_SIZE = 20;

/** The page's server-rendered heading, where focus goes when no item is left to take it. */
export const HISTORY_HEADING_ID = "history-heading";

/** Reads the filter from a URL's query; anything malformed counts as no filter, never an error. */
export function parseHistoryFilter(params: { get(name: string): string | null }): HistoryFilter {
  const digit = params.get("digit");
  const corrected = params.get("corrected");
  return {
    digit: digit !== null && /^[0-9]$/.test(digit) ? Number(digit) : null,
    corrected: corrected === "true" ? true : corrected === "false" ? false : null,
  };
}

/** The query string for a filter ("" for none), keeping any other parameters as they are. */
export function historyFilterSearch(filter: HistoryFilter, current = ""): string {
  const params = new URLSearchParams(current);
  if (filter.digit === null) params.delete("digit");
  else params.set("digit", String(filter.digit));
  if (filter.corrected === null) params.delete("corrected");
  else params.set("corrected", String(filter.corrected));
  const search = params.toString();
  return search ? `?${search}` : "";
}
