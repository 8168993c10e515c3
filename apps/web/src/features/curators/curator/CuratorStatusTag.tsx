import { CURATOR_STATUS_LABELS } from '@postcare/domain';
import { Tag } from 'antd';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { CURATOR_STATUS_COLORS, type CuratorStatus } from '../vocabulary';

export function CuratorStatusTag({ status }: { status: CuratorStatus }) {
  const labelOf = useLabel();
  return (
    <Tag color={CURATOR_STATUS_COLORS[status]} data-testid="curator-status">
      {labelOf(CURATOR_STATUS_LABELS, status)}
    </Tag>
  );
}
