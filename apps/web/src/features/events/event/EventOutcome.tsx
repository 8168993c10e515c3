import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../graduates/format';
import { SERVICE_OF_KIND, type GroupEvent } from '../vocabulary';

/**
 * What became of the event: held (how many came, and that each got a group service of the
 * event's day) or cancelled (with the reason). Nothing while it is planned.
 */
export function EventOutcome({ event }: { event: GroupEvent }) {
  const { t } = useTranslation('events');
  if (event.status === 'held') {
    return (
      <Alert
        type="success"
        showIcon
        data-testid="event-outcome"
        title={t('outcome.held', { present: event.presentCount, count: event.participantCount })}
        description={
          event.presentCount > 0
            ? t('outcome.servicesRecorded', {
                count: event.presentCount,
                service: t(`hold.services.${SERVICE_OF_KIND[event.kind]}`),
                date: formatDate(event.day),
              })
            : undefined
        }
      />
    );
  }
  if (event.status === 'cancelled') {
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="event-outcome"
        title={t('outcome.cancelled')}
        description={t('outcome.reason', { reason: event.cancelReason })}
      />
    );
  }
  return null;
}
