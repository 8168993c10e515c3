import { EntityManager } from 'typeorm';
import { Report, ReportKind } from '../report.entity';
import { previousPeriod, ReportPeriod } from '../report-rules';
import { analysisFigures, workPlanFigures } from './analysis-figures';
import { departmentFigures } from './department-figures';
import { ReportFigures, ReportTable } from './report-figures';
import { specialistFigures } from './specialist-figures';

/** The live figures of a report: SQL aggregates over the case tables, for its kind. */
export async function computeFigures(
  manager: EntityManager,
  report: Pick<Report, 'kind' | 'institutionId' | 'authorId' | 'periodFrom' | 'periodTo'>,
  zone: string,
): Promise<ReportFigures> {
  const period: ReportPeriod = { from: report.periodFrom, to: report.periodTo };
  const parts =
    report.kind === ReportKind.SpecialistMonthly
      ? [await specialistFigures(manager, report.institutionId, report.authorId, period, zone)]
      : await departmentParts(manager, report.kind, report.institutionId, period, zone);
  return {
    computedAt: new Date().toISOString(),
    totals: parts.flatMap((p) => p.totals),
    tables: parts.flatMap((p) => p.tables),
  };
}

async function departmentParts(
  manager: EntityManager,
  kind: ReportKind,
  institutionId: string,
  period: ReportPeriod,
  zone: string,
) {
  const department = await departmentFigures(manager, institutionId, period, zone);
  if (kind === ReportKind.DepartmentMonthly) {
    const before = await departmentFigures(manager, institutionId, previousPeriod(period), zone);
    return [department, { totals: [], tables: [comparison(department.totals, before.totals)] }];
  }
  const analysis = await analysisFigures(manager, institutionId, period, zone);
  if (kind === ReportKind.HalfYear) return [department, analysis];
  const year = Number(period.from.slice(0, 4));
  return [department, analysis, await workPlanFigures(manager, institutionId, year)];
}

/** "Change against the previous month": each headline figure beside last month's. */
function comparison(
  now: { key: string; label: string; value: number }[],
  before: { key: string; value: number }[],
): ReportTable {
  const previous = new Map(before.map((t) => [t.key, t.value]));
  return {
    key: 'comparison',
    title: 'Сравнение с предыдущим месяцем',
    columns: ['Показатель', 'Этот месяц', 'Предыдущий месяц', 'Изменение'],
    rows: now.map((t) => {
      const was = previous.get(t.key) ?? 0;
      return [t.label, t.value, was, Math.round((t.value - was) * 10) / 10];
    }),
  };
}
