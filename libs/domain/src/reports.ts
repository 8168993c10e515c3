import type { Labels } from './label';

/** The service's reports (001 §8.3): a specialist's month, the department's month, half-year, year. */
export const REPORT_KINDS = [
  'specialist_monthly',
  'department_monthly',
  'half_year',
  'annual',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export const REPORT_KIND_LABELS: Labels<ReportKind> = {
  specialist_monthly: { ru: 'ежемесячный отчёт специалиста', en: "specialist's monthly report" },
  department_monthly: { ru: 'ежемесячный отчёт отделения', en: "department's monthly report" },
  half_year: { ru: 'аналитический отчёт за полугодие', en: 'half-year analytical report' },
  annual: { ru: 'годовой отчёт', en: 'annual report' },
};

/** In the order pickers show them: a returned report goes back before it is accepted. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Labels<ReportStatus> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'сдан', en: 'submitted' },
  returned: { ru: 'возвращён на доработку', en: 'returned for rework' },
  accepted: { ru: 'принят', en: 'accepted' },
};

/** A report's state in the calendar of due reports: not yet created, or its status. */
export const REPORT_CALENDAR_STATES = ['not_started', ...REPORT_STATUSES] as const;
export type ReportCalendarState = (typeof REPORT_CALENDAR_STATES)[number];
export const REPORT_CALENDAR_STATE_LABELS: Labels<ReportCalendarState> = {
  not_started: { ru: 'не начат', en: 'not started' },
  ...REPORT_STATUS_LABELS,
};
