import type { operations, Permission, Schemas } from '@postcare/api-client';

export type Report = Schemas['ReportDto'];
export type ReportSummary = Schemas['ReportSummaryDto'];
export type ReportVersion = Schemas['ReportVersionDto'];
export type ReportKind = Schemas['ReportKind'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportFigures = Schemas['ReportFiguresDto'];
export type ReportTable = Schemas['ReportTableDto'];
export type ReportTotal = Schemas['ReportTotalDto'];
export type NarrativeSection = Schemas['NarrativeSectionDto'];
export type CalendarEntry = Schemas['CalendarEntryDto'];
export type CalendarState = Schemas['ReportCalendarState'];
export type ReportListQuery = NonNullable<operations['listReports']['parameters']['query']>;

/** The shared vocabulary (codes and words in @postcare/domain). */
export { REPORT_KINDS, REPORT_STATUSES } from '@postcare/domain';

/** The department's kinds: compiled by heads, reviewed by the director, seen by the region. */
export const DEPARTMENT_KINDS: readonly ReportKind[] = [
  'department_monthly',
  'half_year',
  'annual',
];

export const STATUS_COLORS: Record<CalendarState, string> = {
  not_started: 'default',
  draft: 'blue',
  submitted: 'gold',
  accepted: 'green',
  returned: 'orange',
};

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Month = (typeof MONTHS)[number];
export const HALVES = [1, 2] as const;
export type Half = (typeof HALVES)[number];

/** The years the API accepts. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = { section: 20000, comment: 2000 } as const;

export const isMonthly = (kind: ReportKind) =>
  kind === 'specialist_monthly' || kind === 'department_monthly';

/** A specialist writes their own month (`reports.write`); heads the department's kinds. */
export const compilePermission = (kind: ReportKind): Permission =>
  DEPARTMENT_KINDS.includes(kind) ? 'reports.department' : 'reports.write';

/** The head accepts a specialist's month; the director or deputy the department's kinds. */
export const reviewPermission = (kind: ReportKind): Permission =>
  DEPARTMENT_KINDS.includes(kind) ? 'reports.review-department' : 'reports.review-staff';

/** The author writes and submits while the report is a draft or returned with a comment. */
export const isEditable = (report: Pick<Report, 'status'>) =>
  report.status === 'draft' || report.status === 'returned';

/** What names a report's period: the year, and the month or the half. */
export interface ReportPeriod {
  year: number;
  month?: number;
  half?: number;
}

/** The period a report covers, read from its first day (YYYY-MM-DD). */
export function periodOf(kind: ReportKind, periodFrom: string): ReportPeriod {
  const year = Number(periodFrom.slice(0, 4));
  const month = Number(periodFrom.slice(5, 7));
  if (kind === 'annual') return { year };
  if (kind === 'half_year') return { year, half: month < 7 ? 1 : 2 };
  return { year, month };
}

/**
 * The period most likely wanted for a new report of a kind on a day: a monthly report is
 * written in the month after, a half-year's in the month after it; the year's in December.
 */
export function suggestedPeriod(
  kind: ReportKind,
  today: { year: number; month: number },
): ReportPeriod {
  const { year, month } = today;
  if (kind === 'annual') return { year };
  if (kind === 'half_year') return month >= 7 ? { year, half: 1 } : { year: year - 1, half: 2 };
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}
