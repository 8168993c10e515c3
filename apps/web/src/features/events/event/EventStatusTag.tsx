import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { EVENT_STATUS_COLORS, type EventStatus } from '../vocabulary';

/** «Запланировано», «Проведено» or «Отменено». */
export function EventStatusTag({ status }: { status: EventStatus }) {
  const { t } = useTranslation('events');
  return (
    <Tag color={EVENT_STATUS_COLORS[status]} data-testid="event-status">
      {t(`statuses.${status}`)}
    </Tag>
  );
}
