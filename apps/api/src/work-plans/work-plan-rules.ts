import { TransitionTable } from '../common/lifecycle/lifecycle';
import { DomainError, fieldError } from '../common/problem/domain-error';
import { formatDay } from '../common/russian-dates';
import { WorkPlanItemStatus as I } from './work-plan-item.entity';
import {
  WorkPlan,
  WorkPlanKind,
  WorkPlanStatus as S,
  WORK_PLAN_STATUS_LABELS,
} from './work-plan.entity';

export type WorkPlanAction = 'submit' | 'approve' | 'return';

/** Drafted by the staff, approved or returned by the head (heads only). */
export const WORK_PLAN_LIFECYCLE: TransitionTable<S, WorkPlanAction> = {
  submit: { from: [S.Draft, S.Returned], to: S.Submitted },
  approve: { from: [S.Submitted], to: S.Approved },
  return: { from: [S.Submitted], to: S.Returned },
};

export type ItemAction = 'done' | 'not_done' | 'move';

/** After approval: marked done or not done (a mark may be corrected); a not-done item moves on. */
export const ITEM_LIFECYCLE: TransitionTable<I, ItemAction> = {
  done: { from: [I.Planned, I.NotDone], to: I.Done },
  not_done: { from: [I.Planned, I.Done], to: I.NotDone },
  move: { from: [I.NotDone], to: I.Moved },
};

const MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const;

export const monthName = (month: number) => MONTHS[month - 1];

/** «на 2027 год» / «на январь 2027 года». */
export const periodOf = (plan: Pick<WorkPlan, 'year' | 'month'>) =>
  plan.month === null ? `на ${plan.year} год` : `на ${monthName(plan.month)} ${plan.year} года`;

/** «План работы на январь 2027 года»: how a plan is named in lists and file names. */
export const titleOf = (plan: Pick<WorkPlan, 'year' | 'month'>) => `План работы ${periodOf(plan)}`;

/** The month after a monthly plan's month. */
export const nextMonth = (year: number, month: number) =>
  month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };

export const previousMonth = (year: number, month: number) =>
  month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };

/** First and last day of a plan's period (a year or a month), as YYYY-MM-DD. */
export function daysOf(plan: Pick<WorkPlan, 'year' | 'month'>): { first: string; last: string } {
  const y = String(plan.year).padStart(4, '0');
  if (plan.month === null) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const m = String(plan.month).padStart(2, '0');
  const days = new Date(Date.UTC(plan.year, plan.month, 0)).getUTCDate();
  return { first: `${y}-${m}-01`, last: `${y}-${m}-${days}` };
}

/** The month an item falls in, whichever way its term is given. */
export const monthOfItem = (item: { dueMonth: number | null; dueOn: string | null }) =>
  item.dueMonth ?? Number(item.dueOn!.slice(5, 7));

/** The term as printed: a day, the month's name (annual plan) or «в течение месяца». */
export function dueLabel(
  plan: Pick<WorkPlan, 'kind'>,
  item: { dueMonth: number | null; dueOn: string | null },
): string {
  if (item.dueOn) return formatDay(item.dueOn);
  return plan.kind === WorkPlanKind.Annual ? monthName(item.dueMonth!) : 'в течение месяца';
}

/** Items in print order: by month, dated items by day before the month-long ones, then as added. */
export function byTerm<
  T extends { dueMonth: number | null; dueOn: string | null; createdAt: Date; id: string },
>(a: T, b: T): number {
  return (
    monthOfItem(a) - monthOfItem(b) ||
    (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    a.id.localeCompare(b.id)
  );
}

export { fieldError };

/** Sections and items change only while the plan is a draft or returned for corrections. */
export function assertEditable(plan: WorkPlan): void {
  if (plan.status !== S.Draft && plan.status !== S.Returned)
    throw new DomainError(
      409,
      'work-plan-locked',
      `План «${WORK_PLAN_STATUS_LABELS[plan.status]}»: его состав не изменяется`,
      { currentStatus: plan.status },
    );
}

/** Items are marked done or not done only in an approved plan. */
export function assertApproved(plan: WorkPlan, action: ItemAction): void {
  if (plan.status !== S.Approved)
    throw new DomainError(
      409,
      'invalid-transition',
      `Отметки о выполнении ставятся в утверждённом плане; план «${WORK_PLAN_STATUS_LABELS[plan.status]}»`,
      { currentStatus: plan.status, action },
    );
}
