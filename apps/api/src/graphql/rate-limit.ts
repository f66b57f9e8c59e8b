import type { RateLimiter } from "../auth/rate-limiter.js";
import { apiError } from "../errors.js";
import type { GraphQLContext } from "./context.js";

/** Per-caller limits on what costs the server: model time and new owners. Undefined: off. */
export interface RateLimits {
  /** Files recognised, per minute. */
  predictions: RateLimiter | undefined;
  /** createApiKey calls, per hour. */
  apiKeys: RateLimiter | undefined;
}

function describeWindow(ms: number): string {
  return ms === 60_000 ? "minute" : ms === 3_600_000 ? "hour" : `${ms / 1000} s`;
}

/** Spends `cost` of the caller's allowance, or refuses with RATE_LIMITED and how long to wait. */
export function spend(
  context: GraphQLContext,
  limiter: RateLimiter | undefined,
  what: string,
  cost = 1,
): void {
  const key = context.caller.rateKey;
  if (!limiter || key === undefined) return;
  const retryAfterSeconds = limiter.take(key, cost);
  if (retryAfterSeconds === 0) return;
  throw apiError(
    "RATE_LIMITED",
    `Too many ${what}: at most ${limiter.limit} per ${describeWindow(limiter.windowMs)}. Try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );
}
