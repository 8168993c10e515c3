import { Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoment, useInstitutionZone } from '../time';
import { leadOf, type GroupEvent } from '../vocabulary';

/** Everything recorded about the event itself: kind, when and how long, who leads, where. */
export function EventDetails({ event }: { event: GroupEvent }) {
  const { t } = useTranslation('events');
  const zone = useInstitutionZone();
  const screens = Grid.useBreakpoint();
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      data-testid="event-details"
      styles={{ label: { width: screens.sm ? 180 : 110 } }}
      items={[
        { key: 'kind', label: t('fields.kind'), children: t(`kinds.${event.kind}`) },
        {
          key: 'when',
          label: t('fields.startsAt'),
          children: (
            <>
              {formatMoment(event.startsAt, zone)}
              <Typography.Text type="secondary">
                {' '}
                · {t('details.duration', { count: event.durationMinutes })}
              </Typography.Text>
            </>
          ),
        },
        { key: 'lead', label: t('fields.lead'), children: leadOf(event) || none },
        { key: 'place', label: t('fields.place'), children: event.place || none },
        {
          key: 'notes',
          label: t('fields.notes'),
          children: event.notes ? (
            <span style={{ whiteSpace: 'pre-line' }}>{event.notes}</span>
          ) : (
            none
          ),
        },
        {
          key: 'updatedAt',
          label: t('fields.updatedAt'),
          children: formatMoment(event.updatedAt, zone),
        },
      ]}
    />
  );
}
