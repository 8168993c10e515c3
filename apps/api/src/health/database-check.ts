/**
 * Whether the database answers, asked at most once a second however many probes arrive:
 * load balancers and monitors poll /api/health from every node, often many times a second,
 * and each probe need not cost a database round trip. Probes that arrive while a check is
 * under way wait for that check; a failed check is never reused.
 */
export class DatabaseCheck {
  private last?: { at: number; result: Promise<void> };

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly reuseMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when the database answered within the last `reuseMs`; rejects otherwise. */
  check(): Promise<void> {
    const last = this.last;
    if (last && this.now() - last.at < this.reuseMs) return last.result;
    const result = this.ping().then(() => undefined);
    const current = { at: this.now(), result };
    this.last = current;
    result.catch(() => {
      if (this.last === current) this.last = undefined;
    });
    return result;
  }
}
