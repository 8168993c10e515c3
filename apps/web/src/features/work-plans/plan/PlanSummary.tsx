import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { workPlanPath } from '../paths';
import { usePlanNames } from '../usePlanNames';
import { itemsOf, type WorkPlan } from '../vocabulary';

/** Who approved the plan and when, the annual plan a monthly one comes from, how far it got. */
export function PlanSummary({ plan }: { plan: WorkPlan }) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();
  const items = itemsOf(plan);
  const count = (status: string) => items.filter((item) => item.status === status).length;

  const rows: DescriptionsProps['items'] = [
    {
      key: 'approved',
      label: t('fields.approvedAt'),
      children: plan.approvedAt
        ? t('plan.approvedBy', {
            date: formatDateTime(plan.approvedAt),
            name: plan.approvedBy?.fullName ?? '—',
          })
        : t('plan.notApproved'),
    },
    {
      key: 'items',
      label: t('fields.items'),
      children:
        plan.status === 'approved'
          ? t('plan.progress', {
              total: items.length,
              done: count('done'),
              notDone: count('not_done'),
              moved: count('moved'),
            })
          : t('plan.itemCount', { count: items.length }),
    },
  ];
  if (plan.kind === 'monthly')
    rows.push({
      key: 'annual',
      label: t('fields.annualPlan'),
      children: plan.annualPlanId ? (
        <Link to={workPlanPath(plan.annualPlanId)}>
          {names.title({ year: plan.year, month: null })}
        </Link>
      ) : (
        t('plan.noAnnual')
      ),
    });
  if (plan.status === 'approved' && plan.reviewComment)
    rows.push({ key: 'comment', label: t('fields.reviewComment'), children: plan.reviewComment });

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={rows}
      data-testid="work-plan-summary"
    />
  );
}
