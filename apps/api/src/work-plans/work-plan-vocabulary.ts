import {
  russianWords,
  WORK_PLAN_KINDS,
  WORK_PLAN_STATUS_LABELS as STATUS_LABELS,
  WORK_PLAN_STATUSES,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

export enum WorkPlanKind {
  /** The service's plan for a calendar year, by sections. */
  Annual = 'annual',
  /** The plan for one month, drawn from the annual plan's items of that month. */
  Monthly = 'monthly',
}

export enum WorkPlanStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Approved = 'approved',
  /** Returned by the head with a comment, to be corrected and submitted again. */
  Returned = 'returned',
}

export const WORK_PLAN_KIND_MATCHES_DOMAIN = true satisfies EnumMatches<
  WorkPlanKind,
  (typeof WORK_PLAN_KINDS)[number]
>;

export const WORK_PLAN_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  WorkPlanStatus,
  (typeof WORK_PLAN_STATUSES)[number]
>;

/** Russian words as messages and workbooks print them; codes and words live in @postcare/domain. */
export const WORK_PLAN_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
