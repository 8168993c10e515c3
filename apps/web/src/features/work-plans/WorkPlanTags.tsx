import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ITEM_STATUS_COLORS,
  STATUS_COLORS,
  type WorkPlanItemStatus,
  type WorkPlanKind,
  type WorkPlanStatus,
} from './vocabulary';

export function WorkPlanStatusTag({ status }: { status: WorkPlanStatus }) {
  const { t } = useTranslation('workPlans');
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="work-plan-status">
      {t(`status.${status}`)}
    </Tag>
  );
}

export function WorkPlanKindTag({ kind }: { kind: WorkPlanKind }) {
  const { t } = useTranslation('workPlans');
  return <Tag color={kind === 'annual' ? 'geekblue' : 'cyan'}>{t(`kind.${kind}`)}</Tag>;
}

export function ItemStatusTag({ status }: { status: WorkPlanItemStatus }) {
  const { t } = useTranslation('workPlans');
  return (
    <Tag color={ITEM_STATUS_COLORS[status]} data-testid="item-status">
      {t(`itemStatus.${status}`)}
    </Tag>
  );
}
