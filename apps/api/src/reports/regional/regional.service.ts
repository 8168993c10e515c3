import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Between, DataSource, FindOptionsWhere, In } from 'typeorm';
import { AuditAction } from '../../audit/audit-entry.entity';
import { AuditService } from '../../audit/audit.service';
import { Actor } from '../../common/auth/actor';
import { Role } from '../../common/auth/permissions';
import { DomainError, fieldError, notFound } from '../../common/problem/domain-error';
import { Institution } from '../../institutions/institution.entity';
import { User } from '../../users/user.entity';
import { isLate, narrativeOf } from '../report-mapper';
import { Report, ReportStatus } from '../report.entity';
import { DEPARTMENT_KINDS, periodOf } from '../report-rules';
import { reportTitle } from '../report-titles';
import {
  InstitutionRefDto,
  RegionalCellDto,
  RegionalReportDto,
  RegionalReportsQueryDto,
  RegionalReportSummaryDto,
  RegionalScopeDto,
  RegionalSummaryDto,
  RegionalSummaryQueryDto,
  RegionalTableDto,
} from './regional.dto';
import { RegionalScope } from './regional-scope.entity';

const HANDED_IN = [ReportStatus.Submitted, ReportStatus.Accepted];

/**
 * The regional centre's view: the submitted department reports of the institutions given
 * to the user, and their sum. Built only from frozen figures, which hold no person.
 */
@Injectable()
export class RegionalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async reports(actor: Actor, query: RegionalReportsQueryDto): Promise<RegionalReportSummaryDto[]> {
    const institutions = await this.institutionsOf(actor.userId);
    if (!institutions.length) return [];
    const where: FindOptionsWhere<Report> = {
      institutionId: In(institutions.map((i) => i.id)),
      kind: query.kind ?? In(DEPARTMENT_KINDS),
      status: In(HANDED_IN),
    };
    if (query.year) where.periodFrom = Between(`${query.year}-01-01`, `${query.year}-12-31`);
    const rows = await this.dataSource.manager.find(Report, {
      where,
      order: { periodFrom: 'DESC', kind: 'ASC', institutionId: 'ASC' },
      take: 1000,
    });
    const names = new Map(institutions.map((i) => [i.id, i]));
    return rows.map((r) => this.summaryOf(actor, r, names.get(r.institutionId)!));
  }

  async report(actor: Actor, id: string): Promise<RegionalReportDto> {
    const institutions = await this.institutionsOf(actor.userId);
    const report = institutions.length
      ? await this.dataSource.manager.findOneBy(Report, {
          id,
          institutionId: In(institutions.map((i) => i.id)),
          kind: In(DEPARTMENT_KINDS),
          status: In(HANDED_IN),
        })
      : null;
    if (!report) throw notFound('Отчёт не найден');
    await this.audit.record(actor, {
      action: AuditAction.Read,
      entity: 'report',
      entityId: id,
      details: { regional: true },
    });
    const institution = institutions.find((i) => i.id === report.institutionId)!;
    return {
      ...this.summaryOf(actor, report, institution),
      figures: report.figures!,
      narrative: narrativeOf(report, report.narrative),
    };
  }

  /**
   * The sum over the region, with a per-institution breakdown in which 1 and 2 read «<3».
   * Summed by PostgreSQL from the frozen figures: the API reads a few hundred small rows,
   * not every institution's whole report.
   */
  async summary(actor: Actor, query: RegionalSummaryQueryDto): Promise<RegionalSummaryDto> {
    const period = periodOf(query.kind, query.year, query.month, query.half);
    const institutions = await this.institutionsOf(actor.userId);
    const params = [institutions.map((i) => i.id), query.kind, period.from, HANDED_IN];
    const handedIn = `FROM reports r WHERE r.institution_id = ANY($1::uuid[]) AND r.kind = $2::report_kind
      AND r.period_from = $3::date AND r.status = ANY($4::report_status[])`;
    const totals: {
      institution_id: string;
      key: string;
      label: string;
      value: string;
      position: string;
    }[] = institutions.length
      ? await this.dataSource.query(
          `SELECT r.institution_id, t->>'key' AS key, t->>'label' AS label, t->>'value' AS value, p AS position
             ${handedIn.replace('FROM reports r', "FROM reports r, jsonb_array_elements(r.figures->'totals') WITH ORDINALITY AS x(t, p)")}
             ORDER BY p`,
          params,
        )
      : [];
    const rows: {
      key: string;
      title: string;
      value_label: string;
      label: string;
      value: string;
    }[] = institutions.length
      ? await this.dataSource.query(
          `SELECT t->>'key' AS key, min(t->>'title') AS title,
                    min(t->'columns'->>((t->'chart'->>'value')::int)) AS value_label,
                    row->>((t->'chart'->>'label')::int) AS label,
                    sum((row->>((t->'chart'->>'value')::int))::numeric) AS value
             ${handedIn.replace('FROM reports r', "FROM reports r, jsonb_array_elements(r.figures->'tables') t, jsonb_array_elements(t->'rows') row")}
               AND t ? 'chart'
             GROUP BY t->>'key', row->>((t->'chart'->>'label')::int)
             ORDER BY t->>'key', value DESC, label`,
          params,
        )
      : [];
    const counted = institutions.filter((i) => totals.some((t) => t.institution_id === i.id));
    return {
      kind: query.kind,
      periodFrom: period.from,
      periodTo: period.to,
      counted,
      missing: institutions.filter((i) => !counted.includes(i)),
      totals: sumTotals(counted, totals),
      tables: groupTables(rows),
    };
  }

  async scopeOf(userId: string): Promise<RegionalScopeDto> {
    return { institutions: await this.institutionsOf(userId) };
  }

  /** Administrators give a regional user their institutions (replacing the previous set). */
  async setScope(
    actor: Actor,
    userId: string,
    institutionIds: string[],
  ): Promise<RegionalScopeDto> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw notFound('Пользователь не найден');
      if (user.role !== Role.Regional)
        throw new DomainError(
          409,
          'not-regional',
          'Набор учреждений задаётся только пользователю регионального уровня',
        );
      const found = institutionIds.length
        ? await manager.countBy(Institution, { id: In(institutionIds) })
        : 0;
      if (found !== institutionIds.length)
        throw fieldError('institutionIds', 'Учреждение не найдено', 'no such institution');
      await manager.delete(RegionalScope, { userId });
      if (institutionIds.length)
        await manager.insert(
          RegionalScope,
          institutionIds.map((institutionId) => ({ userId, institutionId })),
        );
      await this.audit.record(
        actor,
        {
          action: AuditAction.Update,
          entity: 'regional_scope',
          entityId: userId,
          changedFields: ['institutionIds'],
        },
        manager,
      );
    });
    return this.scopeOf(userId);
  }

  private async institutionsOf(userId: string): Promise<InstitutionRefDto[]> {
    const rows = await this.dataSource.manager.find(RegionalScope, {
      where: { userId },
      relations: { institution: true },
    });
    return rows
      .map((r) => ({ id: r.institutionId, name: r.institution!.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
  }

  private summaryOf(
    actor: Actor,
    r: Report,
    institution: InstitutionRefDto,
  ): RegionalReportSummaryDto {
    return {
      id: r.id,
      institution,
      kind: r.kind,
      title: reportTitle(r.kind, r.periodFrom),
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      dueOn: r.dueOn,
      status: r.status,
      submittedAt: r.submittedAt?.toISOString() ?? null,
      late: isLate(r, actor.timeZone, actor.today()),
    };
  }
}

/** A cell of the per-institution breakdown: 1 and 2 are shown as «<3», never as such. */
export function maskedCell(institutionId: string, value: number): RegionalCellDto {
  return value > 0 && value < 3
    ? { institutionId, value: null, display: '<3' }
    : { institutionId, value, display: String(value) };
}

/**
 * The sum of a row of cells. Were it exact while a cell is masked, the sum minus the shown
 * cells would give the hidden count away: then only a lower bound is shown (each hidden
 * cell is at least 1). A small sum on its own is masked like a cell.
 */
export function maskedSum(values: number[]): { value: number | null; display: string } {
  const hidden = values.filter((v) => v > 0 && v < 3);
  const sum = Math.round(values.reduce((s, v) => s + v, 0) * 10) / 10;
  if (hidden.length) {
    const shown = values.filter((v) => !(v > 0 && v < 3)).reduce((s, v) => s + v, 0);
    return { value: null, display: `≥${Math.round((shown + hidden.length) * 10) / 10}` };
  }
  return sum > 0 && sum < 3 ? { value: null, display: '<3' } : { value: sum, display: String(sum) };
}

/** Each headline figure, summed, and per institution (masked), in the reports' order. */
function sumTotals(
  counted: InstitutionRefDto[],
  rows: { institution_id: string; key: string; label: string; value: string }[],
) {
  const keys = new Map<string, string>();
  for (const r of rows) if (!keys.has(r.key)) keys.set(r.key, r.label);
  return [...keys.entries()].map(([key, label]) => {
    const values = counted.map((i) => ({
      institutionId: i.id,
      value: Number(rows.find((r) => r.institution_id === i.id && r.key === key)?.value ?? 0),
    }));
    const cells = values.map((v) => maskedCell(v.institutionId, v.value));
    return { key, label, ...maskedSum(values.map((v) => v.value)), byInstitution: cells };
  });
}

/** The summed rows of each table with a chart (problems, services by kind …), largest first. */
function groupTables(
  rows: { key: string; title: string; value_label: string; label: string; value: string }[],
): RegionalTableDto[] {
  const tables = new Map<string, RegionalTableDto>();
  for (const r of rows) {
    const table = tables.get(r.key) ?? {
      key: r.key,
      title: r.title,
      valueLabel: r.value_label,
      rows: [],
    };
    table.rows.push({ label: r.label, value: Number(r.value) });
    tables.set(r.key, table);
  }
  return [...tables.values()];
}
