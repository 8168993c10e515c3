import type { operations, Schemas } from '@postcare/api-client';

export type WorkPlan = Schemas['WorkPlanDto'];
export type WorkPlanSummary = Schemas['WorkPlanSummaryDto'];
export type WorkPlanKind = Schemas['WorkPlanKind'];
export type WorkPlanStatus = Schemas['WorkPlanStatus'];
export type WorkPlanSection = Schemas['WorkPlanSectionDto'];
export type WorkPlanItem = Schemas['WorkPlanItemDto'];
export type WorkPlanItemStatus = Schemas['WorkPlanItemStatus'];
export type WorkPlanListQuery = NonNullable<operations['listWorkPlans']['parameters']['query']>;

/** The shared vocabulary (codes and words in @postcare/domain). */
export { WORK_PLAN_KINDS, WORK_PLAN_STATUSES } from '@postcare/domain';

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Month = (typeof MONTHS)[number];

export const STATUS_COLORS: Record<WorkPlanStatus, string> = {
  draft: 'blue',
  submitted: 'gold',
  approved: 'green',
  returned: 'orange',
};

export const ITEM_STATUS_COLORS: Record<WorkPlanItemStatus, string> = {
  planned: 'default',
  done: 'green',
  not_done: 'red',
  moved: 'purple',
};

/** The years the API accepts for a plan. */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** Limits the API checks, mirrored in the forms. */
export const LIMITS = {
  sectionTitle: 300,
  itemTitle: 1000,
  responsibleName: 300,
  expectedResult: 2000,
  note: 2000,
  reason: 1000,
  comment: 2000,
} as const;

/** Sections and items change only while the plan is a draft or returned for corrections. */
export const isEditable = (plan: Pick<WorkPlan, 'status'>) =>
  plan.status === 'draft' || plan.status === 'returned';

/** A draft or a returned plan goes to the head. */
export const isSubmittable = isEditable;

/** Items are marked done or not done only in an approved plan. */
export const isMarkable = (plan: Pick<WorkPlan, 'status'>) => plan.status === 'approved';

/** A not-done item of an approved monthly plan moves on to the next month's plan. */
export const canMove = (plan: Pick<WorkPlan, 'kind' | 'status'>, item: WorkPlanItem) =>
  plan.kind === 'monthly' && isMarkable(plan) && item.status === 'not_done';

/** The month after a monthly plan's month. */
export const nextMonth = (year: number, month: number) =>
  month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };

/** First and last day of a plan's period (its year, or its month), as YYYY-MM-DD. */
export function daysOf(plan: Pick<WorkPlan, 'year' | 'month'>): { first: string; last: string } {
  const year = String(plan.year).padStart(4, '0');
  if (plan.month === null) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const month = String(plan.month).padStart(2, '0');
  const days = new Date(Date.UTC(plan.year, plan.month, 0)).getUTCDate();
  return { first: `${year}-${month}-01`, last: `${year}-${month}-${days}` };
}

/** Every item of a plan, section by section. */
export const itemsOf = (plan: Pick<WorkPlan, 'sections'>) =>
  plan.sections.flatMap((section) => section.items);
