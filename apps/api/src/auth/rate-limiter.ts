/**
 * A token bucket per caller: `limit` tokens refilled evenly over `windowMs`, so a caller can spend
 * the whole limit at once and then `limit` per window. In memory: each replica limits on its own.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = () => performance.now(),
    /** Beyond this many callers, full buckets (idle callers) are forgotten. */
    private readonly maxCallers = 10_000,
  ) {}

  /** Takes `cost` tokens (at most the limit); 0 when allowed, else the whole seconds to wait first. */
  take(key: string, cost = 1): number {
    const wanted = Math.min(cost, this.limit);
    const now = this.now();
    const perMs = this.limit / this.windowMs;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit, at: now };
    const tokens = Math.min(this.limit, bucket.tokens + (now - bucket.at) * perMs);
    if (tokens < wanted) {
      this.buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((wanted - tokens) / perMs / 1000));
    }
    this.buckets.set(key, { tokens: tokens - wanted, at: now });
    if (this.buckets.size > this.maxCallers) this.forgetIdle(now, perMs);
    return 0;
  }

  private forgetIdle(now: number, perMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.limit) this.buckets.delete(key);
    }
  }

  get callers(): number {
    return this.buckets.size;
  }
}
