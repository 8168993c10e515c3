import { ACTIVITY_STATUS_LABELS, PLAN_STATUS_LABELS } from '@postcare/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../shared/vocabulary/useLabel';
import {
  ACTIVITY_STATUS_COLORS,
  PLAN_STATUS_COLORS,
  type ActivityStatus,
  type PlanStatus,
} from './vocabulary';

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const labelOf = useLabel();
  return (
    <Tag color={PLAN_STATUS_COLORS[status]} data-testid="plan-status">
      {labelOf(PLAN_STATUS_LABELS, status)}
    </Tag>
  );
}

/** The activity's status; an open one past its due date says so in red. */
export function ActivityStatusTag({
  status,
  overdue,
}: {
  status: ActivityStatus;
  overdue: boolean;
}) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  return (
    <>
      <Tag color={ACTIVITY_STATUS_COLORS[status]} data-testid="activity-status">
        {labelOf(ACTIVITY_STATUS_LABELS, status)}
      </Tag>
      {overdue && <Tag color="red">{t('activities.overdue')}</Tag>}
    </>
  );
}
