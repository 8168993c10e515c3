import { GROUP_EVENT_STATUS_LABELS } from '@postcare/domain';
import { Tag } from 'antd';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { EVENT_STATUS_COLORS, type EventStatus } from '../vocabulary';

/** «Запланировано», «Проведено» or «Отменено». */
export function EventStatusTag({ status }: { status: EventStatus }) {
  const labelOf = useLabel();
  return (
    <Tag color={EVENT_STATUS_COLORS[status]} data-testid="event-status">
      {labelOf(GROUP_EVENT_STATUS_LABELS, status)}
    </Tag>
  );
}
