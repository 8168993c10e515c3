import {
  ACTIVITY_STATUS_LABELS as STATUS_LABELS,
  ACTIVITY_STATUSES,
  type EnumMatches,
  russianWords,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; the enum serves TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` line stops the build when the enum and its vocabulary differ.

export enum ActivityStatus {
  Planned = 'planned',
  Done = 'done',
  /** Still to be done, at a new due date (the old dates are kept in `moves`). */
  Moved = 'moved',
  Cancelled = 'cancelled',
}
export const ACTIVITY_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  ActivityStatus,
  (typeof ACTIVITY_STATUSES)[number]
>;

/** Russian words as messages and documents print them (capitalised). */
export const ACTIVITY_STATUS_LABELS = russianWords(STATUS_LABELS, { capitalised: true });
