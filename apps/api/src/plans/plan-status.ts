import {
  type EnumMatches,
  PLAN_STATUS_LABELS as STATUS_LABELS,
  PLAN_STATUSES,
  russianWords,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; these enums serve TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` lines stop the build when an enum and its vocabulary differ.

export enum PlanStatus {
  Draft = 'draft',
  /** Submitted by the specialist, waiting for the head. */
  Submitted = 'submitted',
  Approved = 'approved',
  /** Returned by the head with a comment, to be corrected and submitted again. */
  Returned = 'returned',
}
export const PLAN_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  PlanStatus,
  (typeof PLAN_STATUSES)[number]
>;

/** Russian words as messages print them (capitalised). */
export const PLAN_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
