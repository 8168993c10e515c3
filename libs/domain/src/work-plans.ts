import type { Labels } from './label';

/** The service's own work plans (000 §8.2, 001 §8.1): one a year, one a month. */
export const WORK_PLAN_KINDS = ['annual', 'monthly'] as const;
export type WorkPlanKind = (typeof WORK_PLAN_KINDS)[number];
export const WORK_PLAN_KIND_LABELS: Labels<WorkPlanKind> = {
  annual: { ru: 'годовой', en: 'annual' },
  monthly: { ru: 'на месяц', en: 'monthly' },
};

/** In the order pickers show them: a returned plan goes back before it is approved. */
export const WORK_PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type WorkPlanStatus = (typeof WORK_PLAN_STATUSES)[number];
export const WORK_PLAN_STATUS_LABELS: Labels<WorkPlanStatus> = {
  draft: { ru: 'черновик', en: 'draft' },
  submitted: { ru: 'на утверждении', en: 'awaiting approval' },
  returned: { ru: 'возвращён на доработку', en: 'returned for changes' },
  approved: { ru: 'утверждён', en: 'approved' },
};

export const WORK_PLAN_ITEM_STATUSES = ['planned', 'done', 'not_done', 'moved'] as const;
export type WorkPlanItemStatus = (typeof WORK_PLAN_ITEM_STATUSES)[number];
export const WORK_PLAN_ITEM_STATUS_LABELS: Labels<WorkPlanItemStatus> = {
  planned: { ru: 'запланировано', en: 'planned' },
  done: { ru: 'выполнено', en: 'done' },
  not_done: { ru: 'не выполнено', en: 'not done' },
  moved: { ru: 'перенесено', en: 'moved' },
};

/** The marks an item of an approved plan gets; `moved` comes only from carrying it over. */
export const WORK_PLAN_ITEM_MARKS = [
  'done',
  'not_done',
] as const satisfies readonly WorkPlanItemStatus[];
