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
import { ReportFigures } from '../figures/report-figures';
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

  /** The sum over the region, with a per-institution breakdown in which 1 and 2 read «<3». */
  async summary(actor: Actor, query: RegionalSummaryQueryDto): Promise<RegionalSummaryDto> {
    const period = periodOf(query.kind, query.year, query.month, query.half);
    const institutions = await this.institutionsOf(actor.userId);
    const reports = institutions.length
      ? await this.dataSource.manager.find(Report, {
          select: { id: true, institutionId: true, figures: true },
          where: {
            institutionId: In(institutions.map((i) => i.id)),
            kind: query.kind,
            periodFrom: period.from,
            status: In(HANDED_IN),
          },
        })
      : [];
    const byInstitution = new Map(reports.map((r) => [r.institutionId, r.figures!]));
    const counted = institutions.filter((i) => byInstitution.has(i.id));
    return {
      kind: query.kind,
      periodFrom: period.from,
      periodTo: period.to,
      counted,
      missing: institutions.filter((i) => !byInstitution.has(i.id)),
      totals: sumTotals(counted, byInstitution),
      tables: sumTables([...byInstitution.values()]),
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

function sumTotals(counted: InstitutionRefDto[], figures: Map<string, ReportFigures>) {
  const first = counted.length ? figures.get(counted[0].id)!.totals : [];
  return first.map(({ key, label }) => {
    const values = counted.map((i) => ({
      institutionId: i.id,
      value: figures.get(i.id)!.totals.find((t) => t.key === key)?.value ?? 0,
    }));
    return {
      key,
      label,
      value: Math.round(values.reduce((s, v) => s + v.value, 0) * 10) / 10,
      byInstitution: values.map((v) => maskedCell(v.institutionId, v.value)),
    };
  });
}

/** Tables with a label and a value column (problems, services by kind …), summed by label. */
function sumTables(all: ReportFigures[]): RegionalTableDto[] {
  const tables = new Map<
    string,
    { title: string; valueLabel: string; sums: Map<string, number> }
  >();
  for (const figures of all)
    for (const t of figures.tables) {
      if (!t.chart) continue;
      const entry = tables.get(t.key) ?? {
        title: t.title,
        valueLabel: t.columns[t.chart.value],
        sums: new Map(),
      };
      for (const row of t.rows) {
        const label = String(row[t.chart.label]);
        entry.sums.set(label, (entry.sums.get(label) ?? 0) + Number(row[t.chart.value]));
      }
      tables.set(t.key, entry);
    }
  return [...tables.entries()].map(([key, t]) => ({
    key,
    title: t.title,
    valueLabel: t.valueLabel,
    rows: [...t.sums.entries()]
      .map(([label, value]) => ({ label, value }))
      .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, 'ru')),
  }));
}
