import { GROUP_EVENT_KIND_LABELS } from '@postcare/domain';
import { Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatMoment, useInstitutionZone } from '../time';
import { leadOf, type GroupEvent } from '../vocabulary';

/** Every lead on its own line: staff and invited, a volunteer curator, a partner organisation. */
function Leads({ event }: { event: GroupEvent }) {
  const { t } = useTranslation('events');
  const people = leadOf(event);
  return (
    <span data-testid="event-leads">
      {people && <span style={{ display: 'block' }}>{people}</span>}
      {event.leadCurator && (
        <span style={{ display: 'block' }}>
          {t('details.leadCurator', { name: event.leadCurator.fullName })}
        </span>
      )}
      {event.leadPartner && (
        <span style={{ display: 'block' }}>
          {t('details.leadPartner', { name: event.leadPartner.name })}
        </span>
      )}
    </span>
  );
}

/** Everything recorded about the event itself: kind, when and how long, who leads, where. */
export function EventDetails({ event }: { event: GroupEvent }) {
  const { t } = useTranslation('events');
  const labelOf = useLabel();
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
        {
          key: 'kind',
          label: t('fields.kind'),
          children: labelOf(GROUP_EVENT_KIND_LABELS, event.kind),
        },
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
        {
          key: 'lead',
          label: t('fields.lead'),
          children:
            leadOf(event) || event.leadCurator || event.leadPartner ? (
              <Leads event={event} />
            ) : (
              none
            ),
        },
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
