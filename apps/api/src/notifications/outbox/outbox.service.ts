import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { MailerService } from '../mail/mailer.service';
import { EmailPayload, OutboxKind, OutboxMessage } from './outbox-message.entity';
import { failure } from '../../common/logging/safe-error';

const BATCH = 20;
/** A claimed message is left to its sender this long before another process may try it. */
const LEASE = "interval '5 minutes'";
/** Minutes before the next try after the n-th failure: 1, 2, 4 … at most an hour. */
const backoffMinutes = (attempts: number) => Math.min(60, 2 ** Math.max(0, attempts - 1));

interface Claimed {
  id: string;
  kind: OutboxKind;
  payload: EmailPayload;
  attempts: number;
}

/**
 * The outbox: side effects are written in the deciding transaction (`enqueue`) and delivered
 * after commit (`deliverPending`), again every minute until they succeed and on start-up,
 * so neither a crash nor a mail server outage loses a message.
 */
@Injectable()
export class OutboxService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Outbox');
  /** Runs one after another in this process; other processes are kept apart by the lease. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: MailerService,
  ) {}

  async enqueue(manager: EntityManager, kind: OutboxKind, payload: EmailPayload): Promise<void> {
    await manager.insert(OutboxMessage, { kind, payload });
  }

  /** Delivers every message now due; answers how many were sent. */
  deliverPending(): Promise<number> {
    const run = this.queue.then(() => this.deliverDue());
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Makes messages that failed and wait for their next try due at once (an administrator's
   * re-run after a mail server outage); refused addresses stay given up.
   */
  async retryFailedNow(): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET next_attempt_at = now()
        WHERE sent_at IS NULL AND next_attempt_at > now() AND last_error <> ''`,
    );
  }

  onApplicationBootstrap(): void {
    this.retry();
  }

  @Interval(60_000)
  retry(): void {
    this.deliverPending().catch((error: unknown) =>
      this.logger.error(failure('Outbox delivery failed', error)),
    );
  }

  private async deliverDue(): Promise<number> {
    if (!this.mailer.enabled) return 0;
    let sent = 0;
    for (;;) {
      const batch = await this.claim();
      for (const message of batch) if (await this.deliver(message)) sent += 1;
      if (batch.length < BATCH) return sent;
    }
  }

  private async claim(): Promise<Claimed[]> {
    const [rows] = (await this.dataSource.query(
      `UPDATE outbox_messages SET attempts = attempts + 1, next_attempt_at = now() + ${LEASE}
       WHERE id IN (SELECT id FROM outbox_messages
                    WHERE sent_at IS NULL AND next_attempt_at <= now()
                    ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING id, kind, payload, attempts`,
      [BATCH],
    )) as [Claimed[], number];
    return rows;
  }

  private async deliver(message: Claimed): Promise<boolean> {
    try {
      await this.mailer.send(message.payload);
      await this.dataSource.query(
        `UPDATE outbox_messages SET sent_at = now(), last_error = '' WHERE id = $1`,
        [message.id],
      );
      return true;
    } catch (error) {
      const permanent = isRecipientRefused(error);
      await this.dataSource.query(
        `UPDATE outbox_messages SET last_error = $2,
           next_attempt_at = CASE WHEN $3 THEN NULL ELSE now() + make_interval(mins => $4) END
         WHERE id = $1`,
        [message.id, String(error).slice(0, 1000), permanent, backoffMinutes(message.attempts)],
      );
      this.logger.warn(
        failure(
          `Outbox message ${message.id} not delivered (attempt ${message.attempts}${permanent ? ', given up' : ''})`,
          error,
        ),
      );
      return false;
    }
  }
}

/** The server refused the address itself (5xx to RCPT TO): trying again cannot help. */
function isRecipientRefused(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number };
  return e.code === 'EENVELOPE' && (e.responseCode ?? 0) >= 500;
}
