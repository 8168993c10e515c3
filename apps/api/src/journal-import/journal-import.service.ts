import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Appeal } from '../appeals/appeal.entity';
import { AppealChangesService } from '../appeals/appeal-changes.service';
import { AuditAction } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { Actor } from '../common/auth/actor';
import { Role } from '../common/auth/permissions';
import { DomainError } from '../common/problem/domain-error';
import { ImportRowErrorDto } from '../common/xlsx/import.dto';
import { importTemplate, RawRow, readImportRows } from '../common/xlsx/import-workbook';
import { DictionaryEntry, DictionaryKind } from '../dictionaries/dictionary-entry.entity';
import { Graduate } from '../graduates/graduate.entity';
import { normaliseName } from '../graduates/graduate-search';
import { GraduatesService } from '../graduates/graduates.service';
import { AppConfig } from '../config/app-config';
import { checkUpload, Upload, UploadKind } from '../documents/uploads';
import { AidService } from '../services/aid-service.entity';
import { AidServiceChangesService } from '../services/aid-service-changes.service';
import { User } from '../users/user.entity';
import { headerOf, JOURNAL_IMPORT_COLUMNS } from './journal-import-columns';
import { JournalRow, Lookups, parseJournalRow } from './journal-import-rows';
import { JournalImportReportDto } from './journal-import.dto';

/** The exported journal has a title and a period line above its header. */
const HEADER_WITHIN = 5;

/** Where a rule of the appeals or services names a field, the template column to blame. */
const COLUMN_OF_FIELD: Record<string, string> = {
  graduateId: 'fullName',
  registeredAt: 'registeredAt',
  channel: 'channel',
  problemIds: 'problems',
  assignedSpecialistId: 'assignedSpecialist',
  status: 'status',
  outcome: 'outcome',
  referredTo: 'outcome',
  providedOn: 'providedOn',
  appealId: 'providedOn',
  kindId: 'kind',
  specialistId: 'providedBy',
  durationMinutes: 'duration',
};

/** Thrown to roll a checked import back: a dry run, or a file with errors. */
class NothingWritten extends Error {
  constructor(readonly report: JournalImportReportDto) {
    super('nothing written');
  }
}

/**
 * Import of an old appeal journal from XLSX. Every row is written the normal way (the
 * appeals' and services' own rules and audit) inside one transaction; a dry run, or any
 * row in error, rolls it all back, so the dry run reports exactly what the import would do.
 * A row already in the journal (same graduate and moment, or the same one-off help) is an
 * error: importing a file twice never doubles the journal.
 */
@Injectable()
export class JournalImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly graduates: GraduatesService,
    private readonly appeals: AppealChangesService,
    private readonly services: AidServiceChangesService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  template(): Promise<Buffer> {
    return importTemplate('Журнал', JOURNAL_IMPORT_COLUMNS);
  }

  async run(
    actor: Actor,
    file: Upload | undefined,
    dryRun: boolean,
  ): Promise<JournalImportReportDto> {
    if (!file)
      throw new DomainError(400, 'validation', 'Выберите файл XLSX', {
        errors: { file: ['file is required'] },
      });
    checkUpload(this.config, UploadKind.Import, file);
    const raws = (
      await readImportRows(file.buffer, JOURNAL_IMPORT_COLUMNS, { headerWithin: HEADER_WITHIN })
    ).filter((r) => !isTotalLine(r));
    if (!raws.length)
      throw new DomainError(422, 'empty-import', 'В файле нет строк с данными', {
        errors: { file: ['no data rows'] },
      });
    try {
      return await this.dataSource.transaction((manager) =>
        this.write(actor, raws, dryRun, manager),
      );
    } catch (error) {
      if (error instanceof NothingWritten) return error.report;
      throw error;
    }
  }

  private async write(
    actor: Actor,
    raws: RawRow[],
    dryRun: boolean,
    manager: EntityManager,
  ): Promise<JournalImportReportDto> {
    // One import of an institution at a time, so two clicks cannot both pass the duplicate check.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `journal-import:${actor.institutionId}`,
    ]);
    const lookups = await this.lookups(actor, raws, manager);
    const rows: JournalRow[] = [];
    const errors: ImportRowErrorDto[] = [];
    for (const { row, raw } of raws) {
      const result = await parseJournalRow(raw, row, lookups);
      errors.push(...result.errors);
      if (result.parsed) rows.push(result.parsed);
    }
    errors.push(...(await duplicates(actor, rows, manager)));
    for (const row of rows) {
      if (errors.some((e) => e.row === row.row)) continue;
      errors.push(...(await this.writeRow(actor, row, manager)));
    }
    errors.sort((a, b) => a.row - b.row);
    const report: JournalImportReportDto = {
      rows: raws.length,
      valid: errors.length === 0,
      appeals: rows.filter((r) => r.appeal).length,
      services: rows.reduce((n, r) => n + r.services.length, 0),
      imported: false,
      errors,
    };
    if (!report.valid || dryRun) throw new NothingWritten(report);
    await this.audit.record(
      actor,
      {
        action: AuditAction.Import,
        entity: 'journal',
        details: { rows: report.rows, appeals: report.appeals, services: report.services },
      },
      manager,
    );
    return { ...report, imported: true };
  }

  /** One row in a savepoint: a refused row leaves nothing behind and the others go on. */
  private async writeRow(
    actor: Actor,
    row: JournalRow,
    manager: EntityManager,
  ): Promise<ImportRowErrorDto[]> {
    try {
      await manager.transaction(async (savepoint) => {
        const appeal = row.appeal
          ? await this.appeals.create(actor, row.appeal, { within: savepoint, imported: true })
          : null;
        for (const service of row.services)
          await this.services.create(
            actor,
            { ...service, appealId: appeal?.id ?? null },
            savepoint,
            true,
          );
      });
      return [];
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const fields = Object.keys((error.extra.errors as Record<string, unknown>) ?? {});
      const field = COLUMN_OF_FIELD[fields[0]] ?? 'fullName';
      return [{ row: row.row, column: headerOf(field), message: error.message }];
    }
  }

  /** Everything the rows name, read once: graduates by birth date, dictionaries, staff. */
  private async lookups(actor: Actor, raws: RawRow[], manager: EntityManager): Promise<Lookups> {
    const birthDates = [
      ...new Set(
        raws
          .map((r) => r.raw.birthDate)
          .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)),
      ),
    ];
    const where = this.graduates.visible(actor, { birthDate: In(birthDates) });
    const graduates =
      birthDates.length && where.length
        ? await manager.find(Graduate, {
            where,
            select: { id: true, searchName: true, birthDate: true },
          })
        : [];
    const byPerson = new Map(graduates.map((g) => [`${g.searchName}|${g.birthDate}`, g.id]));
    const entries = await manager.find(DictionaryEntry);
    const named = (kind: DictionaryKind) => {
      const map = new Map<string, string>();
      // Retired entries name old rows too; a current entry of the same name wins.
      const retiredFirst = entries
        .filter((e) => e.kind === kind)
        .sort((a, b) => Number(!a.retiredAt) - Number(!b.retiredAt));
      for (const e of retiredFirst) map.set(normaliseName(e.name), e.id);
      return map;
    };
    const problems = named(DictionaryKind.Problem);
    const kinds = named(DictionaryKind.ServiceKind);
    const staff = await manager.find(User, {
      where: {
        institutionId: actor.institutionId!,
        active: true,
        role: In([Role.Head, Role.Specialist]),
      },
      select: { id: true, fullName: true },
    });
    return {
      timeZone: actor.timeZone,
      today: actor.today(),
      graduateId: (name, birthDate) => byPerson.get(`${name}|${birthDate}`),
      problemId: (name) => problems.get(name),
      kindId: (name) => kinds.get(name),
      staffIds: (name) => staff.filter((u) => normaliseName(u.fullName) === name).map((u) => u.id),
    };
  }
}

/** The exported journal ends with a total line under the rows. */
function isTotalLine({ raw }: RawRow): boolean {
  return String(raw.registeredAt ?? '').startsWith('Итого');
}

/** Rows repeated within the file or already in the journal. */
async function duplicates(
  actor: Actor,
  rows: JournalRow[],
  manager: EntityManager,
): Promise<ImportRowErrorDto[]> {
  const errors: ImportRowErrorDto[] = [];
  const keyOf = (r: JournalRow) =>
    r.appeal
      ? `a|${r.graduateId}|${new Date(r.appeal.registeredAt!).toISOString()}`
      : `s|${r.graduateId}|${r.services[0]?.providedOn}|${r.services[0]?.kindId}`;
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = keyOf(r);
    const first = seen.get(key);
    if (first !== undefined)
      errors.push({
        row: r.row,
        column: headerOf('fullName'),
        message: `повторяет строку ${first}`,
      });
    else seen.set(key, r.row);
  }
  const graduateIds = [...new Set(rows.map((r) => r.graduateId))];
  if (!graduateIds.length) return errors;
  const scope = { institutionId: actor.institutionId!, graduateId: In(graduateIds) };
  const moments = rows.filter((r) => r.appeal).map((r) => new Date(r.appeal!.registeredAt!));
  const existing = new Set<string>();
  if (moments.length)
    for (const a of await manager.find(Appeal, {
      where: { ...scope, registeredAt: In(moments) },
      select: { graduateId: true, registeredAt: true },
    }))
      existing.add(`a|${a.graduateId}|${a.registeredAt.toISOString()}`);
  const days = rows.filter((r) => !r.appeal).map((r) => r.services[0]?.providedOn);
  if (days.length)
    for (const s of await manager.find(AidService, {
      where: { ...scope, providedOn: In(days), appealId: IsNull() },
      select: { graduateId: true, providedOn: true, kindId: true },
    }))
      existing.add(`s|${s.graduateId}|${s.providedOn}|${s.kindId}`);
  for (const r of rows)
    if (existing.has(keyOf(r)))
      errors.push({
        row: r.row,
        column: headerOf(r.appeal ? 'registeredAt' : 'providedOn'),
        message: 'эта запись уже есть в журнале (файл уже импортирован?)',
      });
  return errors;
}
