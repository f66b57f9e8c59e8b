import { afterEach, describe, expect, it, vi } from "vitest";
import { createStrokeFeed, SETTLE_WAIT_MS } from "./stroke-feed";

const DRAWING = [
  [
    { x: 0.5, y: 0.2 },
    { x: 0.5, y: 0.8 },
  ],
];

describe("createStrokeFeed", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("lets the page go at once when no listener reads the settled drawing", () => {
    const feed = createStrokeFeed();
    const settled: unknown[] = [];
    feed.subscribe({ progress: () => undefined, settled: (strokes) => (settled.push(strokes), false) });
    const then = vi.fn();
    feed.settle(DRAWING, then);
    expect(settled).toEqual([DRAWING]);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it("lets the page go once the reading listener has shown its answer, and only once", () => {
    vi.useFakeTimers();
    const feed = createStrokeFeed();
    let shown: (() => void) | undefined;
    feed.subscribe({ progress: () => undefined, settled: (_, done) => ((shown = done), true) });
    const then = vi.fn();
    feed.settle(DRAWING, then);
    expect(then).not.toHaveBeenCalled();
    shown!();
    shown!();
    vi.advanceTimersByTime(SETTLE_WAIT_MS);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it("lets the page go after SETTLE_WAIT_MS when the answer never comes", () => {
    vi.useFakeTimers();
    const feed = createStrokeFeed();
    feed.subscribe({ progress: () => undefined, settled: () => true });
    const then = vi.fn();
    feed.settle(DRAWING, then);
    vi.advanceTimersByTime(SETTLE_WAIT_MS - 1);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });
});
