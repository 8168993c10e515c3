import {
  REPORT_CALENDAR_STATES,
  REPORT_KINDS,
  REPORT_STATUSES,
  type EnumMatches,
} from '@postcare/domain';

// The kinds of report and their states; kept apart from the entities so plain code can use
// them. Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and
// the `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

export enum ReportKind {
  /** A specialist's month, to the head, by the 3rd (001 §8.3). */
  SpecialistMonthly = 'specialist_monthly',
  /** The department's month, head → deputy director, by the 5th. */
  DepartmentMonthly = 'department_monthly',
  /** The half-year analysis, by the 10th of the month after it. */
  HalfYear = 'half_year',
  /** The year, by 20 December. */
  Annual = 'annual',
}

export enum ReportStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Accepted = 'accepted',
  /** Returned with a comment: editable again, then submitted as a new version. */
  Returned = 'returned',
}
export const REPORT_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  ReportKind,
  (typeof REPORT_KINDS)[number]
>;
export const REPORT_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  ReportStatus,
  (typeof REPORT_STATUSES)[number]
>;

/** A report's state in the calendar of due reports: not yet created, or its status. */
export enum CalendarState {
  NotStarted = 'not_started',
  Draft = 'draft',
  Submitted = 'submitted',
  Accepted = 'accepted',
  Returned = 'returned',
}
export const CALENDAR_STATE_MATCHES_DOMAIN = true satisfies EnumMatches<
  CalendarState,
  (typeof REPORT_CALENDAR_STATES)[number]
>;
