/** LOGIN_FREE_FAILURES and LOGIN_MAX_DELAY_SECONDS of the configuration. */
export interface ThrottleSettings {
  freeFailures: number;
  maxDelaySeconds: number;
}

interface Failures {
  count: number;
  /** No attempt is checked before this moment (ms). */
  blockedUntil: number;
  lastFailure: number;
}

/** A run of failures is forgotten after this long without a new one. */
const FORGET_AFTER_MS = 15 * 60_000;
/** A client address may fail this many times more than one login before it slows down. */
const ADDRESS_FACTOR = 10;

/**
 * Slows down password guessing instead of locking accounts: from the
 * LOGIN_FREE_FAILURES-th wrong password for one login (tenfold from one address) on, the
 * next attempt must wait 1 s, and each further failure doubles the wait, up to LOGIN_MAX_DELAY_SECONDS. The wait always
 * expires, so nobody can lock a user (the administrator) out for good; a success clears
 * the login's count. Kept in memory: per process, forgotten on restart.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();
  /** The clock (replaced in unit tests). */
  now: () => number = Date.now;

  constructor(private readonly settings: ThrottleSettings) {}

  /** Seconds to wait before this login may be tried from this address; 0 = go ahead. */
  waitSeconds(login: string, address: string): number {
    const now = this.now();
    const until = Math.max(
      this.blockedUntil(loginKey(login), now),
      this.blockedUntil(addressKey(address), now),
    );
    return until > now ? Math.ceil((until - now) / 1000) : 0;
  }

  recordFailure(login: string, address: string): void {
    this.fail(loginKey(login), this.settings.freeFailures);
    this.fail(addressKey(address), this.settings.freeFailures * ADDRESS_FACTOR);
  }

  recordSuccess(login: string): void {
    this.failures.delete(loginKey(login));
  }

  private fail(key: string, free: number): void {
    const now = this.now();
    if (this.failures.size > 50_000) this.prune(now);
    const previous = this.current(key, now);
    const count = (previous?.count ?? 0) + 1;
    const over = count - free;
    const delayMs = over >= 0 ? Math.min(2 ** over, this.settings.maxDelaySeconds) * 1000 : 0;
    this.failures.set(key, { count, blockedUntil: now + delayMs, lastFailure: now });
  }

  private blockedUntil(key: string, now: number): number {
    return this.current(key, now)?.blockedUntil ?? 0;
  }

  private current(key: string, now: number): Failures | undefined {
    const entry = this.failures.get(key);
    if (entry && now - entry.lastFailure > FORGET_AFTER_MS) {
      this.failures.delete(key);
      return undefined;
    }
    return entry;
  }

  private prune(now: number): void {
    for (const key of [...this.failures.keys()]) this.current(key, now);
  }
}

const loginKey = (login: string) => `login:${login.trim().toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;
