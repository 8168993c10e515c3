import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePlanNames } from '../usePlanNames';
import type { WorkPlan, WorkPlanItem } from '../vocabulary';
import { responsibleOf } from './responsibleOf';

/** The item a dialog is about: what, when, who. */
export function ItemSummary({ plan, item }: { plan: WorkPlan; item: WorkPlanItem }) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'title', label: t('fields.title'), children: item.title },
        { key: 'due', label: t('fields.term'), children: names.due(plan, item) },
        {
          key: 'responsible',
          label: t('fields.responsible'),
          children: responsibleOf(item) || '—',
        },
      ]}
    />
  );
}
