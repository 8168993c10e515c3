import { Injectable } from '@nestjs/common';
import dayjs from 'dayjs';
import { AppealsService } from '../appeals/appeals.service';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';
import { AidService } from '../services/aid-service.entity';
import { AidServicesService } from '../services/aid-services.service';
import { JournalPeriodDto } from './dto/journal-period.dto';
import { buildJournalWorkbook } from './journal-workbook';

/** A year, leap day included: the longest period a report asks for (the annual one). */
const MAX_DAYS = 366;

export interface JournalFile {
  filename: string;
  content: Buffer;
}

/** The appeal journal of 001 §8.2 as a spreadsheet: what the caller may see, nothing more. */
@Injectable()
export class JournalService {
  constructor(
    private readonly appeals: AppealsService,
    private readonly services: AidServicesService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor, { from, to }: JournalPeriodDto): Promise<JournalFile> {
    assertPeriod(from, to);
    const appeals = await this.appeals.inPeriod(actor, from, to);
    const servicesOf = groupByAppeal(
      await this.services.forAppeals(
        actor,
        appeals.map((a) => a.id),
      ),
    );
    const oneOff = await this.services.oneOffInPeriod(actor, from, to);
    const { file, rows } = await buildJournalWorkbook({
      from,
      to,
      timeZone: actor.timeZone,
      appeals,
      servicesOf,
      oneOff,
    });
    await this.audit.record(actor, {
      action: AuditAction.Export,
      entity: 'journal',
      details: { from, to, rows },
    });
    return { filename: `journal_${from}_${to}.xlsx`, content: file };
  }
}

function assertPeriod(from: string, to: string): void {
  const days = dayjs(to).diff(dayjs(from), 'day') + 1;
  if (days < 1) {
    throw new DomainError(400, 'validation', 'Начало периода позже его конца', {
      errors: { to: ['to must not be before from'] },
    });
  }
  if (days > MAX_DAYS) {
    throw new DomainError(400, 'validation', `Период не может быть длиннее ${MAX_DAYS} дней`, {
      errors: { to: [`the period must not exceed ${MAX_DAYS} days`] },
    });
  }
}

function groupByAppeal(services: AidService[]): Map<string, AidService[]> {
  const byAppeal = new Map<string, AidService[]>();
  for (const service of services) {
    const list = byAppeal.get(service.appealId!) ?? [];
    list.push(service);
    byAppeal.set(service.appealId!, list);
  }
  return byAppeal;
}
