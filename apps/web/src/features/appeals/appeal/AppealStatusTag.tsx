import { APPEAL_STATUS_LABELS } from '@postcare/domain';
import { Tag } from 'antd';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { STATUS_COLORS, type AppealStatus } from './appealStatuses';

export function AppealStatusTag({ status }: { status: AppealStatus }) {
  const labelOf = useLabel();
  return <Tag color={STATUS_COLORS[status]}>{labelOf(APPEAL_STATUS_LABELS, status)}</Tag>;
}
