import {
  REPORT_KIND_LABELS as KIND_LABELS,
  REPORT_STATUS_LABELS as STATUS_LABELS,
  russianWords,
} from '@postcare/domain';
import dayjs from 'dayjs';
import { TransitionTable } from '../common/lifecycle/lifecycle';
import { ReportKind, ReportStatus } from './report-kinds';

/** Russian words as titles and messages print them; codes and words live in @postcare/domain. */
export const REPORT_KIND_LABELS = russianWords(KIND_LABELS, { capitalised: true });
export const REPORT_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });

export type ReportAction = 'submit' | 'accept' | 'return';

/** draft → submitted → accepted | returned (comment) → submitted again. */
export const REPORT_LIFECYCLE: TransitionTable<ReportStatus, ReportAction> = {
  submit: { from: [ReportStatus.Draft, ReportStatus.Returned], to: ReportStatus.Submitted },
  accept: { from: [ReportStatus.Submitted], to: ReportStatus.Accepted },
  return: { from: [ReportStatus.Submitted], to: ReportStatus.Returned },
};

/** The free-text sections each kind has, in order, with their Russian titles. */
export const NARRATIVE_SECTIONS: Readonly<Record<ReportKind, Readonly<Record<string, string>>>> = {
  specialist_monthly: {
    results: 'Итоги работы за месяц',
    difficulties: 'Трудности',
    plans: 'Планы на следующий месяц',
  },
  department_monthly: {
    summary: 'Основные итоги месяца',
    difficulties: 'Трудности и нерешённые вопросы',
  },
  half_year: { analysis: 'Анализ', problems: 'Проблемы', proposals: 'Предложения' },
  annual: { analysis: 'Анализ', problems: 'Проблемы', proposals: 'Предложения' },
};

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Which period a kind covers, named by year and month (monthly) or half (1, 2). */
export function periodOf(
  kind: ReportKind,
  year: number,
  month?: number,
  half?: number,
): ReportPeriod {
  const day = (m: number) => dayjs(`${year}-${String(m).padStart(2, '0')}-01`);
  if (kind === ReportKind.Annual) return { from: `${year}-01-01`, to: `${year}-12-31` };
  if (kind === ReportKind.HalfYear) {
    const first = half === 2 ? 7 : 1;
    return {
      from: day(first).format('YYYY-MM-DD'),
      to: day(first + 5)
        .endOf('month')
        .format('YYYY-MM-DD'),
    };
  }
  return {
    from: day(month!).format('YYYY-MM-DD'),
    to: day(month!).endOf('month').format('YYYY-MM-DD'),
  };
}

/**
 * When a report is due (001 §8.3–8.4.2): a specialist's month by the 3rd of the next month,
 * the department's by the 5th, the half-year by the 10th of the month after it, the year
 * by 20 December of that year. Days of the institution's calendar.
 */
export function dueOn(kind: ReportKind, period: ReportPeriod): string {
  const next = dayjs(period.to).add(1, 'day');
  switch (kind) {
    case ReportKind.SpecialistMonthly:
      return next.date(3).format('YYYY-MM-DD');
    case ReportKind.DepartmentMonthly:
      return next.date(5).format('YYYY-MM-DD');
    case ReportKind.HalfYear:
      return next.date(10).format('YYYY-MM-DD');
    case ReportKind.Annual:
      return `${period.from.slice(0, 4)}-12-20`;
  }
}

/** The period just before (for "change against the previous month"). */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const from = dayjs(period.from);
  const months = dayjs(period.to).add(1, 'day').diff(from, 'month');
  const start = from.subtract(months, 'month');
  return { from: start.format('YYYY-MM-DD'), to: from.subtract(1, 'day').format('YYYY-MM-DD') };
}

/** Department-level kinds: no personal data, reviewed by the deputy director. */
export const DEPARTMENT_KINDS = [
  ReportKind.DepartmentMonthly,
  ReportKind.HalfYear,
  ReportKind.Annual,
];
