/** The state of one caller's budget after a request. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Seconds until the window starts afresh. */
  resetSeconds: number;
  allowed: boolean;
}

export const RATE_LIMIT_WINDOW_SECONDS = 60;

/**
 * Fixed one-minute windows per bucket (a key, a user, an address), in this process's memory.
 * Simple and enough for one API process; a cluster would share the counters (e.g. in the database).
 */
export class FixedWindowLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  hit(bucket: string, limit: number, now = Date.now()): RateLimitState {
    const windowMs = RATE_LIMIT_WINDOW_SECONDS * 1000;
    const start = now - (now % windowMs);
    if (start !== this.windowStart) {
      // A new window: every bucket starts at zero, and the old map is dropped whole.
      this.windowStart = start;
      this.counts = new Map();
    }
    const count = (this.counts.get(bucket) ?? 0) + 1;
    this.counts.set(bucket, count);
    return {
      limit,
      remaining: Math.max(0, limit - count),
      resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
      allowed: count <= limit,
    };
  }
}
