import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere } from 'typeorm';
import { todayIn } from '../../common/local-day';
import { notFound } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { Institution } from '../../institutions/institution.entity';
import { digestEmail } from '../mail/digest-email';
import { MailerService } from '../mail/mailer.service';
import { NotificationInput } from '../notification-input';
import { Notification } from '../notification.entity';
import { NotificationsService } from '../notifications.service';
import { OutboxKind } from '../outbox/outbox-message.entity';
import { OutboxService } from '../outbox/outbox.service';
import { emitDailyWebhookEvents } from '../../integrations/webhooks/daily-events';
import { localHour } from './morning';
import { overdueActivities, overdueNotices } from './overdue';
import { failure } from '../../common/logging/safe-error';

export interface DailyPassResult {
  institutions: number;
  failed: number;
  overdueActivities: number;
  overdueNotices: number;
  emailsQueued: number;
  emailsSent: number;
}

/**
 * The daily pass of an institution, in its own morning: notifications about what became
 * overdue, then one digest e-mail per user with notifications not mailed yet (when SMTP_URL
 * is set). One transaction per institution, so a failure in one leaves the others done.
 */
@Injectable()
export class DailyPassService {
  private readonly logger = new Logger('DailyPass');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly mailer: MailerService,
    private readonly config: AppConfig,
  ) {}

  /** The scheduler's tick: the institutions whose morning hour it is now. */
  async runDue(now: Date = new Date()): Promise<DailyPassResult> {
    const active = await this.dataSource.manager.findBy(Institution, { active: true });
    const due = active.filter((i) => localHour(i.timeZone, now) === this.config.DAILY_PASS_HOUR);
    return this.runFor(due, now);
  }

  /**
   * The pass now, for one institution or every active one: the administrators' re-run, which
   * also retries at once the e-mails that failed before.
   */
  async run(institutionId?: string, now: Date = new Date()): Promise<DailyPassResult> {
    const where: FindOptionsWhere<Institution> = institutionId
      ? { id: institutionId }
      : { active: true };
    const institutions = await this.dataSource.manager.findBy(Institution, where);
    if (institutionId && !institutions.length) throw notFound('Учреждение не найдено');
    await this.outbox.retryFailedNow();
    return this.runFor(institutions, now);
  }

  private async runFor(institutions: Institution[], now: Date): Promise<DailyPassResult> {
    const total: DailyPassResult = {
      institutions: 0,
      failed: 0,
      overdueActivities: 0,
      overdueNotices: 0,
      emailsQueued: 0,
      emailsSent: 0,
    };
    for (const institution of institutions) {
      try {
        const one = await this.dataSource.transaction((m) => this.passOne(m, institution, now));
        total.overdueActivities += one.overdueActivities;
        total.overdueNotices += one.overdueNotices;
        total.emailsQueued += one.emailsQueued;
        total.institutions += 1;
      } catch (error) {
        total.failed += 1;
        this.logger.error(failure(`Daily pass of institution ${institution.id} failed`, error));
      }
    }
    total.emailsSent = await this.outbox.deliverPending();
    return total;
  }

  private async passOne(manager: EntityManager, institution: Institution, now: Date) {
    // Two processes (or a re-run during the scheduled one) take turns per institution.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `daily-pass:${institution.id}`,
    ]);
    const today = todayIn(institution.timeZone, now);
    const count = async (inputs: Promise<NotificationInput[]>) => {
      let added = 0;
      for (const input of await inputs)
        if (await this.notifications.notify(manager, input)) added += 1;
      return added;
    };
    return {
      overdueActivities: await count(overdueActivities(manager, institution.id, today)),
      overdueNotices: await count(overdueNotices(manager, institution.id, today)),
      emailsQueued: this.mailer.enabled ? await this.queueDigests(manager, institution) : 0,
      webhookEvents: await emitDailyWebhookEvents(manager, institution.id, today),
    };
  }

  /** One e-mail per user of the institution with an address and unread, unmailed notifications. */
  private async queueDigests(manager: EntityManager, institution: Institution): Promise<number> {
    const pending = await manager
      .createQueryBuilder(Notification, 'n')
      .innerJoinAndSelect('n.user', 'u')
      .where('u.institution_id = :id AND u.active AND u.email <> :none', {
        id: institution.id,
        none: '',
      })
      .andWhere('n.read_at IS NULL AND n.emailed_at IS NULL')
      .orderBy('u.id')
      .addOrderBy('n.created_at', 'DESC')
      .getMany();
    const byUser = new Map<string, Notification[]>();
    for (const n of pending) {
      if (!byUser.has(n.userId)) byUser.set(n.userId, []);
      byUser.get(n.userId)!.push(n);
    }
    for (const items of byUser.values()) {
      const user = items[0].user!;
      await this.outbox.enqueue(
        manager,
        OutboxKind.Email,
        digestEmail(user, items, institution.timeZone, this.config.PUBLIC_URL),
      );
    }
    if (pending.length)
      await manager
        .createQueryBuilder()
        .update(Notification)
        .set({ emailedAt: () => 'now()' })
        .whereInIds(pending.map((n) => n.id))
        .execute();
    return byUser.size;
  }
}
