import { dayOf } from '../common/local-day';
import { formatDay } from '../common/russian-dates';
import { WorkPlanItem, WorkPlanItemStatus } from './work-plan-item.entity';
import { monthName, nextMonth } from './work-plan-rules';
import { WorkPlan } from './work-plan.entity';

/** The «отметка о выполнении» of an item, as printed and exported; the day is the institution's. */
export function markOf(item: WorkPlanItem, plan: WorkPlan, timeZone: string): string {
  const on = item.markedAt ? ` (${formatDay(dayOf(item.markedAt, timeZone))})` : '';
  const note = item.note ? `: ${item.note}` : '';
  switch (item.status) {
    case WorkPlanItemStatus.Done:
      return `Выполнено${on}${note}`;
    case WorkPlanItemStatus.NotDone:
      return `Не выполнено${on}${note}`;
    case WorkPlanItemStatus.Moved: {
      const to = nextMonth(plan.year, plan.month ?? 12);
      return `Не выполнено${note}. Перенесено на ${monthName(to.month)} ${to.year} г.: ${item.moveReason}`;
    }
    default:
      return '';
  }
}

/** The responsible staff member and the free-text responsible, as one line. */
export const responsibleOf = (item: WorkPlanItem) =>
  [item.responsibleUser?.fullName, item.responsibleName].filter(Boolean).join(', ');
