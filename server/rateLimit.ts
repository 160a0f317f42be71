// Rate limits. Every limiter here measures time on a monotonic clock (performance.now), never the
// wall clock: a server whose clock is stepped (NTP, a VM resumed, an operator) must not refuse or
// free anyone because of it. The wall clock stays for what participants see (timers, serverTime).
import { performance } from 'node:perf_hooks';

/** Milliseconds on a clock that never goes back; tests inject their own. */
export type MonotonicClock = () => number;
export const monotonicNow: MonotonicClock = () => performance.now();

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

/**
 * Takes one token. `now` should come from a monotonic clock; if a caller still passes a clock that
 * steps back, the time before the step is ignored (never negative refill), so nobody is refused for it.
 */
export function take(b: Bucket, now: number, o: RateLimitOptions): Verdict {
  refill(b, now, o.burst, o.perSecond / 1000);
  if (b.tokens >= 1) {
    b.tokens -= 1;
    b.refusedInRow = 0;
    return 'allow';
  }
  b.refusedInRow++;
  return b.refusedInRow >= o.cutAfter ? 'cut' : 'refuse';
}

function refill(b: Bucket, now: number, burst: number, perMs: number): void {
  const elapsed = Math.max(0, now - b.updatedAt);
  b.tokens = Math.min(burst, b.tokens + elapsed * perMs);
  b.updatedAt = now;
}

/** `limit` actions per `windowMs`, all of which may come at once (the bucket starts full). */
export interface WindowLimit {
  limit: number;
  windowMs: number;
}

/**
 * One token bucket per key (a client address): `limit` tokens, refilled evenly over `windowMs`.
 * Full buckets are forgotten when the map grows, so memory stays bounded by the active addresses.
 */
export class KeyedLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rule: WindowLimit,
    private readonly now: MonotonicClock = monotonicNow,
    private readonly maxKeys = 10_000,
  ) {}

  private bucket(key: string): Bucket {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(t);
      b = { tokens: this.rule.limit, updatedAt: t, refusedInRow: 0 };
      this.buckets.set(key, b);
    }
    refill(b, t, this.rule.limit, this.rule.limit / this.rule.windowMs);
    return b;
  }

  /** True when `key` has a token left (without taking it). */
  allows(key: string): boolean {
    return this.bucket(key).tokens >= 1;
  }

  /** Takes a token; false (and nothing taken) when `key` has none left. */
  take(key: string): boolean {
    const b = this.bucket(key);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Seconds until `key` has a token again (for Retry-After). */
  retryAfterSeconds(key: string): number {
    const b = this.bucket(key);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) * this.rule.windowMs) / this.rule.limit / 1000);
  }

  private prune(t: number): void {
    for (const [k, b] of this.buckets) {
      refill(b, t, this.rule.limit, this.rule.limit / this.rule.windowMs);
      if (b.tokens >= this.rule.limit) this.buckets.delete(k);
    }
    // Still full of active addresses: drop the oldest rather than grow without bound.
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(k);
    }
  }
}

/**
 * Token buckets by key (a participant, an address, a socket) with the per-connection semantics of
 * `take` (refuse, then 'cut' after `cutAfter` refusals in a row). Full buckets are forgotten when the
 * map grows: a forgotten bucket comes back full, which is what it was.
 */
export class KeyedBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly rule: RateLimitOptions,
    private readonly now: MonotonicClock = monotonicNow,
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string): Verdict {
    const t = this.now();
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.prune(t);
      b = newBucket(t, this.rule);
      this.buckets.set(key, b);
    }
    return take(b, t, this.rule);
  }

  private prune(t: number): void {
    for (const [k, b] of this.buckets) {
      refill(b, t, this.rule.burst, this.rule.perSecond / 1000);
      if (b.tokens >= this.rule.burst) this.buckets.delete(k);
    }
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < this.maxKeys) break;
      this.buckets.delete(k);
    }
  }
}

/** Socket limits (docs/protocol.md, "Limits"); tests override any of them. */
export interface SocketLimitRules {
  /** Commands per participant (all its sockets) or per staff connection. */
  commands: RateLimitOptions;
  /** Participants' commands per address, all identities and sockets together. */
  commandsPerAddress: RateLimitOptions;
  /** `time:ping` per participant (all its sockets) or per staff connection. */
  pings: RateLimitOptions;
  /** Participants' `time:ping` per address. */
  pingsPerAddress: RateLimitOptions;
  /** New participant identities per address and session: a venue's shared address lets 600 in at once. */
  newIdentities: WindowLimit;
}

export const SOCKET_LIMITS: SocketLimitRules = {
  commands: DEFAULT_RATE_LIMIT,
  commandsPerAddress: { perSecond: 50, burst: 500, cutAfter: Number.POSITIVE_INFINITY },
  pings: { perSecond: 2, burst: 20, cutAfter: 500 },
  pingsPerAddress: { perSecond: 100, burst: 1_000, cutAfter: Number.POSITIVE_INFINITY },
  newIdentities: { limit: 600, windowMs: 10 * 60_000 },
};

/** The live limiters of one server's sockets. `codeMisses` is the HTTP side's own limiter, shared. */
export interface SocketLimiters {
  commands: KeyedBuckets;
  commandsPerAddress: KeyedBuckets;
  pings: KeyedBuckets;
  pingsPerAddress: KeyedBuckets;
  newIdentities: KeyedLimiter;
  codeMisses: KeyedLimiter;
}

export function socketLimiters(
  rules: SocketLimitRules,
  codeMisses: KeyedLimiter,
  now: MonotonicClock = monotonicNow,
): SocketLimiters {
  return {
    commands: new KeyedBuckets(rules.commands, now),
    commandsPerAddress: new KeyedBuckets(rules.commandsPerAddress, now),
    pings: new KeyedBuckets(rules.pings, now),
    pingsPerAddress: new KeyedBuckets(rules.pingsPerAddress, now),
    newIdentities: new KeyedLimiter(rules.newIdentities, now),
    codeMisses,
  };
}
