import {
  russianWords,
  WORK_PLAN_ITEM_STATUS_LABELS as ITEM_STATUS_LABELS,
  WORK_PLAN_ITEM_STATUSES,
  type EnumMatches,
} from '@postcare/domain';

// Codes and words live in @postcare/domain; this enum serves TypeORM and Swagger, and the
// `*_MATCHES_DOMAIN` line stops the build when the enum and its vocabulary differ.

export enum WorkPlanItemStatus {
  Planned = 'planned',
  Done = 'done',
  NotDone = 'not_done',
  /** Not done and carried over to the next month's plan (the move is kept here). */
  Moved = 'moved',
}

export const WORK_PLAN_ITEM_STATUS_MATCHES_DOMAIN = true satisfies EnumMatches<
  WorkPlanItemStatus,
  (typeof WORK_PLAN_ITEM_STATUSES)[number]
>;

/** Russian words as workbooks print them; codes and words live in @postcare/domain. */
export const WORK_PLAN_ITEM_STATUS_LABELS = russianWords(ITEM_STATUS_LABELS, { capitalised: true });
