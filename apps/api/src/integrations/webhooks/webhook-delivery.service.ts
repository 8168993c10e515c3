import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { webhookSignature } from './signature';

const BATCH = 20;
const TIMEOUT_MS = 10_000;
/** A claimed delivery is left to its sender this long before another process may try it. */
const LEASE = "interval '1 minute'";

interface Claimed {
  id: string;
  attempts: number;
  eventId: string;
  type: string;
  data: unknown;
  occurredAt: Date;
  institutionId: string;
  url: string;
  secret: string;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string;
  durationMs: number;
}

/**
 * The webhook delivery pass: every WEBHOOK_INTERVAL_MS, at start-up and on demand. Rows are
 * claimed with FOR UPDATE SKIP LOCKED plus a lease, so two processes never POST the same
 * delivery at once; a failure waits base · 2^n seconds (capped) and is given up only after
 * WEBHOOK_GIVE_UP_SECONDS.
 */
@Injectable()
export class WebhookDeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Webhooks');
  private queue: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.WEBHOOK_DELIVERY) return;
    this.kick();
    this.timer = setInterval(() => this.kick(), this.config.WEBHOOK_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Starts a pass without waiting for it (after a redelivery request, on the timer). */
  kick(): void {
    if (!this.config.WEBHOOK_DELIVERY) return;
    this.deliverPending().catch((error: unknown) =>
      this.logger.error(`Webhook delivery pass failed: ${String(error)}`),
    );
  }

  /** Delivers every due delivery; answers how many succeeded. Passes run one at a time. */
  deliverPending(): Promise<number> {
    const run = this.queue.then(() => this.deliverDue());
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async deliverDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const batch = await this.claim();
      const outcomes = await Promise.all(batch.map((d) => this.deliver(d)));
      delivered += outcomes.filter(Boolean).length;
      if (batch.length < BATCH) return delivered;
    }
  }

  private async claim(): Promise<Claimed[]> {
    return this.dataSource.query(
      `WITH claimed AS (
         UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = now() + ${LEASE}
          WHERE id IN (SELECT d.id FROM webhook_deliveries d
                         JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.active
                        WHERE d.status = 'pending' AND d.next_attempt_at <= now()
                        ORDER BY d.next_attempt_at LIMIT $1
                          FOR UPDATE OF d SKIP LOCKED)
          RETURNING id, attempts, event_id, subscription_id)
       SELECT c.id, c.attempts, e.id AS "eventId", e.type, e.data, e.occurred_at AS "occurredAt",
              e.institution_id AS "institutionId", s.url, s.secret
         FROM claimed c
         JOIN webhook_outbox e ON e.id = c.event_id
         JOIN webhook_subscriptions s ON s.id = c.subscription_id`,
      [BATCH],
    );
  }

  private async deliver(d: Claimed): Promise<boolean> {
    const outcome = await this.post(d);
    await this.dataSource.query(
      `INSERT INTO webhook_delivery_attempts (delivery_id, status_code, error, duration_ms)
       VALUES ($1, $2, $3, $4)`,
      [d.id, outcome.statusCode, outcome.error.slice(0, 1000), outcome.durationMs],
    );
    if (outcome.ok) {
      await this.dataSource.query(
        `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now() WHERE id = $1`,
        [d.id],
      );
      return true;
    }
    const pause = Math.min(
      this.config.WEBHOOK_RETRY_MAX_SECONDS,
      this.config.WEBHOOK_RETRY_BASE_SECONDS * 2 ** Math.max(0, d.attempts - 1),
    );
    await this.dataSource.query(
      `UPDATE webhook_deliveries d
          SET status = CASE WHEN e.occurred_at + make_interval(secs => $2) <= now()
                            THEN 'failed' ELSE 'pending' END,
              next_attempt_at = now() + make_interval(secs => $3)
         FROM webhook_outbox e
        WHERE d.id = $1 AND e.id = d.event_id`,
      [d.id, this.config.WEBHOOK_GIVE_UP_SECONDS, pause],
    );
    this.logger.warn(
      `Webhook delivery ${d.id} failed (attempt ${d.attempts}): ${outcome.statusCode ?? outcome.error}`,
    );
    return false;
  }

  private async post(d: Claimed): Promise<Outcome> {
    const body = JSON.stringify({
      id: d.eventId,
      type: d.type,
      occurredAt: new Date(d.occurredAt).toISOString(),
      institutionId: d.institutionId,
      data: d.data,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const started = Date.now();
    try {
      const res = await fetch(d.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'postcare-webhooks/1',
          'Webhook-Id': d.eventId,
          'Webhook-Timestamp': String(timestamp),
          'Webhook-Signature': webhookSignature(d.secret, d.eventId, timestamp, body),
        },
        body,
      });
      await res.body?.cancel();
      const ok = res.status >= 200 && res.status < 300;
      return {
        ok,
        statusCode: res.status,
        error: ok ? '' : `HTTP ${res.status}`,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const e = error as Error & { cause?: { code?: string } };
      const reason = e.name === 'TimeoutError' ? 'timeout' : (e.cause?.code ?? e.message);
      return { ok: false, statusCode: null, error: reason, durationMs: Date.now() - started };
    }
  }
}
