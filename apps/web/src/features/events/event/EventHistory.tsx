import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoment, useInstitutionZone } from '../time';
import type { EventStatus, GroupEvent } from '../vocabulary';

/**
 * Planned, held, cancelled: when (on the institution's clock, like the event's own start),
 * who, and the reason given for a cancellation.
 */
export function EventHistory({ event }: { event: GroupEvent }) {
  const { t } = useTranslation('events');
  const zone = useInstitutionZone();
  const entries = event.history;
  return (
    <Timeline
      data-testid="event-history"
      items={entries.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color: index === entries.length - 1 ? 'blue' : 'gray',
        content: (
          <>
            <Typography.Text type="secondary">{formatMoment(entry.at, zone)} </Typography.Text>
            <Typography.Text strong>{t(`history.${entry.to as EventStatus}`)}</Typography.Text>
            {entry.user && (
              <Typography.Text type="secondary"> · {entry.user.fullName}</Typography.Text>
            )}
            {entry.reason && <div>{entry.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
