// A token bucket per connection: a client sending as fast as it can is slowed (refused with
// rate_limited) and, if it keeps going, disconnected, so the room stays fast for everyone else.
export interface Bucket {
  tokens: number;
  updatedAt: number;
  refusedInRow: number;
}

export interface RateLimitOptions {
  /** Sustained commands per second. */
  perSecond: number;
  /** Burst size. */
  burst: number;
  /** Consecutive refusals after which the connection is cut. */
  cutAfter: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 10, burst: 40, cutAfter: 200 };

export const newBucket = (now: number, o: RateLimitOptions): Bucket => ({
  tokens: o.burst,
  updatedAt: now,
  refusedInRow: 0,
});

export type Verdict = 'allow' | 'refuse' | 'cut';

export function take(b: Bucket, now: number, o: RateLimitOptions): Verdict {
  b.tokens = Math.min(o.burst, b.tokens + ((now - b.updatedAt) / 1000) * o.perSecond);
  b.updatedAt = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    b.refusedInRow = 0;
    return 'allow';
  }
  b.refusedInRow++;
  return b.refusedInRow >= o.cutAfter ? 'cut' : 'refuse';
}
