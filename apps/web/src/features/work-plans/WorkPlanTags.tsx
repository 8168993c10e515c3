import {
  WORK_PLAN_ITEM_STATUS_LABELS,
  WORK_PLAN_KIND_LABELS,
  WORK_PLAN_STATUS_LABELS,
} from '@postcare/domain';
import { Tag } from 'antd';
import { useLabel } from '../../shared/vocabulary/useLabel';
import {
  ITEM_STATUS_COLORS,
  STATUS_COLORS,
  type WorkPlanItemStatus,
  type WorkPlanKind,
  type WorkPlanStatus,
} from './vocabulary';

export function WorkPlanStatusTag({ status }: { status: WorkPlanStatus }) {
  const labelOf = useLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="work-plan-status">
      {labelOf(WORK_PLAN_STATUS_LABELS, status)}
    </Tag>
  );
}

export function WorkPlanKindTag({ kind }: { kind: WorkPlanKind }) {
  const labelOf = useLabel();
  return (
    <Tag color={kind === 'annual' ? 'geekblue' : 'cyan'}>
      {labelOf(WORK_PLAN_KIND_LABELS, kind)}
    </Tag>
  );
}

export function ItemStatusTag({ status }: { status: WorkPlanItemStatus }) {
  const labelOf = useLabel();
  return (
    <Tag color={ITEM_STATUS_COLORS[status]} data-testid="item-status">
      {labelOf(WORK_PLAN_ITEM_STATUS_LABELS, status)}
    </Tag>
  );
}
