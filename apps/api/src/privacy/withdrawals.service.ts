import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, AuditEntry } from '../audit/audit-entry.entity';
import { reduceToMinimum } from '../graduates/consents/reduce-file';
import { Graduate } from '../graduates/graduate.entity';
import { failure } from '../common/logging/safe-error';

/**
 * Files whose consent withdrawal (recorded ahead of its day) or validity end has come, in
 * the institution's calendar, while they still hold consent-only data. The card already
 * reads them reduced (toDetail); this empties the stored data as well.
 */
const DUE_SQL = `
  SELECT g.id FROM graduates g
  JOIN institutions i ON i.id = g.institution_id
  CROSS JOIN LATERAL (SELECT (now() AT TIME ZONE i.time_zone)::date AS today) d
  WHERE (g.registration_address <> '' OR g.actual_address <> '' OR g.situation <> '{}'::jsonb
         OR (g.contacts - 'phones') <> '{}'::jsonb)
    AND EXISTS (SELECT 1 FROM consents c WHERE c.graduate_id = g.id AND c.allows_processing
                AND (c.withdrawn_on <= d.today OR c.valid_until < d.today))
    AND NOT EXISTS (SELECT 1 FROM consents c WHERE c.graduate_id = g.id AND c.allows_processing
                    AND c.signed_on <= d.today
                    AND (c.withdrawn_on IS NULL OR c.withdrawn_on > d.today)
                    AND (c.valid_until IS NULL OR c.valid_until >= d.today))
  LIMIT 500`;

@Injectable()
export class WithdrawalsService {
  private readonly logger = new Logger('ConsentWithdrawals');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every ten minutes: cheap (one indexed query) and soon after each institution's midnight. */
  @Interval(600_000)
  async tick(): Promise<void> {
    try {
      const reduced = await this.reduceDue();
      if (reduced) this.logger.log(`Reduced ${reduced} files after consent withdrawal`);
    } catch (error) {
      this.logger.error(failure('Consent withdrawal pass failed', error));
    }
  }

  /** Reduces each due file in its own transaction; returns how many were reduced. */
  async reduceDue(): Promise<number> {
    const due = (await this.dataSource.query(DUE_SQL)) as { id: string }[];
    for (const { id } of due) {
      await this.dataSource.transaction(async (manager) => {
        const graduate = await manager.findOne(Graduate, {
          where: { id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!graduate) return;
        const emptied = await reduceToMinimum(manager, graduate);
        // No user acted: the withdrawal recorded earlier took effect.
        await manager.insert(AuditEntry, {
          userId: null,
          institutionId: graduate.institutionId,
          action: AuditAction.Update,
          entity: 'graduate',
          entityId: id,
          changedFields: emptied,
          details: { reason: 'consent-withdrawn' },
        });
      });
    }
    return due.length;
  }
}
