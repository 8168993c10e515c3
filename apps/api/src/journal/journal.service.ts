import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import dayjs from 'dayjs';
import { PassThrough, Readable } from 'node:stream';
import { DataSource, FindOptionsWhere, ObjectLiteral, QueryRunner } from 'typeorm';
import { appealFilter } from '../appeals/appeal-filters';
import { Appeal } from '../appeals/appeal.entity';
import { AppealsService } from '../appeals/appeals.service';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { DomainError } from '../common/problem/domain-error';
import { AidService } from '../services/aid-service.entity';
import { AidServicesService } from '../services/aid-services.service';
import { JournalPeriodDto } from './dto/journal-period.dto';
import { appealKey, appealRow, oneOffKey, oneOffRow } from './journal-workbook';
import { Cell, ClientGone, JournalWriter } from './journal-writer';

/** A year, leap day included: the longest period a report asks for (the annual one). */
const MAX_DAYS = 366;
/**
 * Rows fetched from a cursor at a time: what the export holds in memory, and what TypeORM
 * turns into entities in one go (synchronously: other requests wait meanwhile). Batches of
 * 1,000 appeals with their help held ~33 MiB of live heap; 250 hold ~9 MiB.
 */
const BATCH = 250;
/** Rows written between two turns of the event loop. */
const YIELD_EVERY = 50;

export interface JournalFile {
  filename: string;
  content: Readable;
}

interface Line {
  key: string;
  cells: Cell[];
  services: number;
}

/**
 * The appeal journal of 001 §8.2 as a spreadsheet: what the caller may see, nothing more,
 * narrowed by the filters of the journal page. The file is produced while it is sent: the
 * rows come from database cursors a batch at a time, so memory stays flat and the server
 * keeps answering whatever the size of the period.
 */
@Injectable()
export class JournalService {
  private readonly logger = new Logger(JournalService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly appeals: AppealsService,
    private readonly services: AidServicesService,
    private readonly audit: AuditService,
  ) {}

  /** Checks the request, then starts writing; errors before the first byte are thrown here. */
  export(actor: Actor, query: JournalPeriodDto): JournalFile {
    const { from, to } = query;
    assertPeriod(from, to);
    const output = new PassThrough();
    this.write(actor, query, output).catch((error: unknown) => {
      if (error instanceof ClientGone) this.logger.log('journal export: the client went away');
      else this.logger.error(error);
      output.destroy(error as Error);
    });
    return { filename: `journal_${from}_${to}.xlsx`, content: output };
  }

  private async write(actor: Actor, query: JournalPeriodDto, output: PassThrough): Promise<void> {
    const { from, to } = query;
    const appealsWhere = this.appeals.visibleWhere(actor, appealFilter(query, actor.timeZone));
    // Help without an appeal has no status, problem or queue: those filters leave it out.
    const oneOffsToo = !query.status && !query.problemId && !query.unassigned;
    const oneOffsWhere = oneOffsToo
      ? this.services.oneOffInPeriod(actor, from, to, query.specialistId)
      : [];

    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // One snapshot for the cursors and the batches they load.
      await runner.startTransaction('REPEATABLE READ');
      await declareCursor(runner, 'journal_appeals', Appeal, appealsWhere, [
        ['registeredAt', 'ASC'],
        ['id', 'ASC'],
      ]);
      await declareCursor(runner, 'journal_one_offs', AidService, oneOffsWhere, [
        ['providedOn', 'ASC'],
        ['createdAt', 'ASC'],
        ['id', 'ASC'],
      ]);
      const journal = new JournalWriter(output, from, to);
      const appeals = this.appealLines(actor, runner);
      const oneOffs = this.oneOffLines(runner);
      let appeal = await appeals.next();
      let oneOff = await oneOffs.next();
      let appealCount = 0;
      let serviceCount = 0;
      // The two cursors are each in journal order: merge them.
      while (!appeal.done || !oneOff.done) {
        const takeAppeal = !appeal.done && (oneOff.done || appeal.value.key <= oneOff.value.key);
        const line = (takeAppeal ? appeal.value : oneOff.value) as Line;
        journal.add(line.cells);
        serviceCount += line.services;
        if (takeAppeal) {
          appealCount++;
          appeal = await appeals.next();
        } else {
          oneOff = await oneOffs.next();
        }
        // The compressor or a slow reader holds the export back instead of filling memory.
        await journal.room();
        // Rows are built synchronously: let other requests in between.
        if (journal.rows % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      }
      await journal.finish(appealCount, serviceCount);
      await runner.commitTransaction();
      await this.audit.record(actor, {
        action: AuditAction.Export,
        entity: 'journal',
        details: { ...filtersOf(query), rows: journal.rows },
      });
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      await runner.release();
    }
  }

  private async *appealLines(actor: Actor, runner: QueryRunner): AsyncGenerator<Line> {
    for await (const ids of fetchIds(runner, 'journal_appeals')) {
      const [appeals, services] = await Promise.all([
        this.appeals.withRelations(ids, runner.manager),
        this.services.forAppeals(actor, ids, runner.manager),
      ]);
      const byId = new Map(appeals.map((a) => [a.id, a]));
      const servicesOf = groupByAppeal(services);
      for (const id of ids) {
        const appeal = byId.get(id)!;
        const given = servicesOf.get(id) ?? [];
        yield {
          key: appealKey(appeal, actor.timeZone),
          cells: appealRow(appeal, given, actor.timeZone),
          services: given.length,
        };
      }
    }
  }

  private async *oneOffLines(runner: QueryRunner): AsyncGenerator<Line> {
    for await (const ids of fetchIds(runner, 'journal_one_offs')) {
      const byId = new Map(
        (await this.services.withRelations(ids, runner.manager)).map((s) => [s.id, s]),
      );
      for (const id of ids) {
        const service = byId.get(id)!;
        yield { key: oneOffKey(service), cells: oneOffRow(service), services: 1 };
      }
    }
  }
}

/** The request as the audit log keeps it: the period and the filters that were set. */
function filtersOf(query: JournalPeriodDto): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
}

/**
 * A server-side cursor over the ids of the matching rows in order; no matching condition
 * (nothing visible) gives an empty cursor.
 */
async function declareCursor<T extends ObjectLiteral>(
  runner: QueryRunner,
  name: string,
  entity: new () => T,
  where: FindOptionsWhere<T>[],
  sort: [string, 'ASC' | 'DESC'][],
): Promise<void> {
  const qb = runner.manager.createQueryBuilder(entity, 'row');
  if (where.length) qb.setFindOptions({ where });
  else qb.where('false');
  qb.select('row.id', 'id');
  sort.forEach(([column, direction]) => qb.addOrderBy(`row.${column}`, direction));
  const [sql, parameters] = qb.getQueryAndParameters();
  await runner.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`, parameters);
}

async function* fetchIds(runner: QueryRunner, cursor: string): AsyncGenerator<string[]> {
  for (;;) {
    const rows: { id: string }[] = await runner.query(`FETCH FORWARD ${BATCH} FROM ${cursor}`);
    if (!rows.length) return;
    yield rows.map((r) => r.id);
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
