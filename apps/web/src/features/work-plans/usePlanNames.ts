import { useTranslation } from 'react-i18next';
import { formatDate } from '../graduates/format';
import type { Month, WorkPlan, WorkPlanItem } from './vocabulary';

type Period = Pick<WorkPlan, 'year' | 'month'>;

/**
 * How plans, months and terms are named in the interface language. The API names them in
 * Russian for documents; the screen follows the user's language.
 */
export function usePlanNames() {
  const { t } = useTranslation('workPlans');
  const monthName = (month: number) => t(`months.${month as Month}`);
  const title = (plan: Period) =>
    plan.month === null
      ? t('names.annual', { year: plan.year })
      : t('names.monthly', { month: t(`monthsIn.${plan.month as Month}`), year: plan.year });
  /** The term: a day, the month (annual plan) or «within the month» (monthly plan). */
  const due = (plan: Pick<WorkPlan, 'kind'>, item: Pick<WorkPlanItem, 'dueMonth' | 'dueOn'>) => {
    if (item.dueOn) return formatDate(item.dueOn);
    if (plan.kind === 'monthly') return t('names.withinMonth');
    return item.dueMonth ? monthName(item.dueMonth) : '—';
  };
  return { monthName, title, due };
}
