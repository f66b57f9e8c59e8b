import { describe, expect, it } from "vitest";
import { historyFilterSearch, parseHistoryFilter } from "./history-filter-url";

const parse = (search: string) => parseHistoryFilter(new URLSearchParams(search));

describe("history filter in the URL", () => {
  it("reads digit and corrected", () => {
    expect(parse("?digit=4&corrected=true")).toEqual({ digit: 4, corrected: true });
    expect(parse("corrected=false")).toEqual({ digit: null, corrected: false });
    expect(parse("")).toEqual({ digit: null, corrected: null });
  });

  it("ignores values it cannot use", () => {
    expect(parse("?digit=12&corrected=yes")).toEqual({ digit: null, corrected: null });
    expect(parse("?digit=-1")).toEqual({ digit: null, corrected: null });
    expect(parse("?digit=4.5")).toEqual({ digit: null, corrected: null });
  });

  it("writes only what is set, and round-trips", () => {
    expect(historyFilterSearch({ digit: null, corrected: null })).toBe("");
    expect(historyFilterSearch({ digit: 0, corrected: false })).toBe("?digit=0&corrected=false");
    expect(parse(historyFilterSearch({ digit: 7, corrected: true }))).toEqual({ digit: 7, corrected: true });
  });

  it("keeps unrelated parameters and drops cleared ones", () => {
    expect(historyFilterSearch({ digit: null, corrected: true }, "?digit=3&utm=x")).toBe(
      "?utm=x&corrected=true",
    );
  });
});
