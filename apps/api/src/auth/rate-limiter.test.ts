import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter.js";

describe("RateLimiter", () => {
  it("lets a caller spend the limit at once, then refills it evenly over the window", () => {
    let now = 0;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([0, 0, 0]);
    // One token comes back every 20 s.
    expect(limiter.take("a")).toBe(20);
    now = 5_000;
    expect(limiter.take("a")).toBe(15);
    now = 20_000;
    expect(limiter.take("a")).toBe(0);
    expect(limiter.take("a")).toBe(20);
  });

  it("keeps callers apart and charges a batch by its size, capped at the limit", () => {
    let now = 0;
    const limiter = new RateLimiter(4, 4_000, () => now);
    expect(limiter.take("a", 3)).toBe(0);
    expect(limiter.take("b", 4)).toBe(0);
    expect(limiter.take("a", 2)).toBe(1);
    now = 1_000;
    expect(limiter.take("a", 2)).toBe(0);
    // A batch larger than the limit waits for a full bucket rather than forever.
    now = 100_000;
    expect(limiter.take("c", 50)).toBe(0);
    expect(limiter.take("c", 50)).toBe(4);
  });

  it("forgets idle callers beyond its capacity, and only those", () => {
    let now = 0;
    const limiter = new RateLimiter(2, 1_000, () => now, 3);
    for (const key of ["a", "b", "c"]) limiter.take(key);
    now = 10_000;
    limiter.take("d");
    limiter.take("d");
    expect(limiter.callers).toBe(1);
    expect(limiter.take("d")).toBe(1);
  });
});
