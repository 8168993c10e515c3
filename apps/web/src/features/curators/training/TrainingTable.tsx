import { Button, Space, Table, Tooltip, Typography, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../graduates/format';
import type { TrainingSession } from '../vocabulary';

/** Sessions newest first: day, topic and trainer, hours, who came; edit and attendance. */
export function TrainingTable({
  sessions,
  loading,
  pagination,
  emptyText,
  today,
  onEdit,
  onAttendance,
  testId,
}: {
  sessions: TrainingSession[] | undefined;
  loading: boolean;
  pagination: TablePaginationConfig | false;
  emptyText: string;
  today: string;
  /** Without them the table only reads (no `curators.write`, or a curator's card). */
  onEdit?: (session: TrainingSession) => void;
  onAttendance?: (session: TrainingSession) => void;
  testId?: string;
}) {
  const { t } = useTranslation('curators');
  const writable = Boolean(onEdit && onAttendance);
  return (
    <Table<TrainingSession>
      rowKey="id"
      size="small"
      data-testid={testId}
      loading={loading}
      dataSource={sessions}
      pagination={pagination}
      scroll={{ x: 760 }}
      locale={{ emptyText }}
      columns={[
        {
          title: t('training.heldOn'),
          dataIndex: 'heldOn',
          width: 110,
          render: (_, { heldOn }) => (
            <>
              {formatDate(heldOn)}
              {heldOn > today && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {t('training.planned')}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('training.topic'),
          dataIndex: 'topic',
          render: (_, { topic, trainer }) => (
            <>
              <Typography.Text strong>{topic}</Typography.Text>
              {trainer && (
                <Typography.Text type="secondary" style={{ display: 'block' }}>
                  {trainer}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          title: t('training.hours'),
          dataIndex: 'hours',
          width: 80,
          render: (_, { hours }) => t('training.hoursValue', { hours }),
        },
        {
          title: t('training.attendees'),
          key: 'attendees',
          render: (_, { attendees }) =>
            attendees.length ? (
              attendees.map(({ fullName }) => fullName).join(', ')
            ) : (
              <Typography.Text type="secondary">{t('training.noAttendees')}</Typography.Text>
            ),
        },
        ...(writable
          ? [
              {
                title: t('common.actions'),
                key: 'actions',
                width: 220,
                render: (_: unknown, session: TrainingSession) => (
                  <Space size={4} wrap>
                    <Tooltip title={session.heldOn > today ? t('training.notHeldYet') : undefined}>
                      <Button
                        size="small"
                        type="primary"
                        ghost
                        disabled={session.heldOn > today}
                        onClick={() => onAttendance?.(session)}
                      >
                        {t('training.attendance')}
                      </Button>
                    </Tooltip>
                    <Button size="small" onClick={() => onEdit?.(session)}>
                      {t('actions.edit')}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
