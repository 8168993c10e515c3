import { GROUP_EVENT_KIND_LABELS } from '@postcare/domain';
import { Button, Flex, Grid, Table, Typography, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDate } from '../../graduates/format';
import { EventStatusTag } from '../event/EventStatusTag';
import { clockTime, useInstitutionZone } from '../time';
import { leadOf, type EventSummary } from '../vocabulary';

/**
 * Events by start, newest first: when (on the institution's clock), the topic (opens the
 * card) and kind, the lead, the place, how many take part (and came), the status. Narrower
 * screens drop the place and the lead; on a phone the status and the attendance move under
 * the topic, so nothing needs scrolling sideways.
 */
export function EventsTable({
  events,
  loading,
  pagination,
  emptyText,
  onOpen,
}: {
  events: EventSummary[] | undefined;
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: ReactNode;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation('events');
  const labelOf = useLabel();
  const zone = useInstitutionZone();
  const phone = !Grid.useBreakpoint().sm;
  const attendance = (event: EventSummary) =>
    event.status === 'held'
      ? t('list.presentOf', { present: event.presentCount, count: event.participantCount })
      : String(event.participantCount);
  const none = <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;

  return (
    <Table<EventSummary>
      rowKey="id"
      data-testid="events-table"
      loading={loading}
      dataSource={events}
      pagination={pagination}
      locale={{ emptyText }}
      scroll={phone ? undefined : { x: 640 }}
      columns={[
        {
          title: t('fields.when'),
          key: 'when',
          width: phone ? 100 : 120,
          render: (_, event) => (
            <Flex vertical gap={0}>
              <span>{formatDate(event.day)}</span>
              <Typography.Text type="secondary">{clockTime(event.startsAt, zone)}</Typography.Text>
            </Flex>
          ),
        },
        {
          title: t('fields.topic'),
          key: 'topic',
          render: (_, event) => (
            <Flex vertical gap={2} align="start">
              <Button
                type="link"
                onClick={() => onOpen(event.id)}
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
              >
                {event.topic}
              </Button>
              <Typography.Text type="secondary">
                {labelOf(GROUP_EVENT_KIND_LABELS, event.kind)}
              </Typography.Text>
              {phone && (
                <Flex gap={8} align="center" wrap>
                  <EventStatusTag status={event.status} />
                  <Typography.Text type="secondary">
                    {t('list.participantsShort', { value: attendance(event) })}
                  </Typography.Text>
                </Flex>
              )}
            </Flex>
          ),
        },
        {
          title: t('fields.lead'),
          key: 'lead',
          responsive: ['md'],
          render: (_, event) => leadOf(event) || none,
        },
        {
          title: t('fields.place'),
          dataIndex: 'place',
          responsive: ['lg'],
          render: (_, { place }) => place || none,
        },
        {
          title: t('fields.participants'),
          key: 'participants',
          width: 120,
          responsive: ['sm'],
          render: (_, event) => attendance(event),
        },
        {
          title: t('fields.status'),
          dataIndex: 'status',
          width: 140,
          responsive: ['sm'],
          render: (_, { status }) => <EventStatusTag status={status} />,
        },
      ]}
    />
  );
}
