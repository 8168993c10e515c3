import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../graduates/format';
import { graduatePath, graduateServicesPath } from '../paths';
import type { EventParticipant, GroupEvent } from '../vocabulary';

/**
 * The participants the user may see, by name (each leads to the graduate's card); once
 * the event is held, who came and the group service recorded for them (leads to the
 * card's «Услуги» tab).
 */
export function ParticipantsTable({ event }: { event: GroupEvent }) {
  const { t } = useTranslation('events');
  const held = event.status === 'held';
  return (
    <Table<EventParticipant>
      rowKey={(participant) => participant.graduate.id}
      size="small"
      data-testid="event-participants"
      dataSource={event.participants}
      pagination={false}
      locale={{ emptyText: t('participants.empty') }}
      columns={[
        {
          title: t('participants.graduate'),
          key: 'graduate',
          render: (_, { graduate }) => (
            <>
              <Link to={graduatePath(graduate.id)}>{graduate.fullName}</Link>
              <Typography.Text type="secondary">
                {' '}
                · {formatDate(graduate.birthDate)}
              </Typography.Text>
            </>
          ),
        },
        ...(held
          ? [
              {
                title: t('participants.attendance'),
                key: 'attendance',
                width: 170,
                render: (_: unknown, participant: EventParticipant) =>
                  participant.present ? (
                    <Flex vertical gap={4} align="start">
                      <Tag color="green">{t('participants.present')}</Tag>
                      {participant.serviceId && (
                        <Link
                          to={graduateServicesPath(participant.graduate.id)}
                          data-testid="participant-service"
                        >
                          {t('participants.serviceRecorded')}
                        </Link>
                      )}
                    </Flex>
                  ) : (
                    <Tag>{t('participants.absent')}</Tag>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}
