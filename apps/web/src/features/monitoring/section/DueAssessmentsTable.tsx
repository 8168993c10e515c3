import { Table, Tag, Typography, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../graduates/format';
import { graduateMonitoringPath } from '../paths';
import type { DueAssessment } from '../vocabulary';

/** Graduates due (or overdue) for an assessment, each linking to the card's monitoring tab. */
export function DueAssessmentsTable({
  items,
  loading,
  pagination,
  emptyText,
}: {
  items: DueAssessment[] | undefined;
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: string;
}) {
  const { t } = useTranslation('monitoring');
  return (
    <Table<DueAssessment>
      rowKey="graduateId"
      size="small"
      data-testid="due-assessments"
      loading={loading}
      dataSource={items}
      pagination={pagination}
      locale={{ emptyText }}
      columns={[
        {
          title: t('notices.graduate'),
          dataIndex: 'fullName',
          render: (_, item) => (
            <Link to={graduateMonitoringPath(item.graduateId)}>{item.fullName}</Link>
          ),
        },
        {
          title: t('section.lastAssessedOn'),
          dataIndex: 'lastAssessedOn',
          render: (_, { lastAssessedOn }) =>
            lastAssessedOn ? (
              formatDate(lastAssessedOn)
            ) : (
              <Typography.Text type="secondary">{t('section.never')}</Typography.Text>
            ),
        },
        {
          title: t('section.dueOn'),
          dataIndex: 'dueOn',
          render: (_, { dueOn, overdue }) => (
            <>
              <Typography.Text type={overdue ? 'danger' : undefined}>
                {formatDate(dueOn)}
              </Typography.Text>{' '}
              {overdue && <Tag color="red">{t('section.overdue')}</Tag>}
            </>
          ),
        },
        {
          title: t('section.responsible'),
          key: 'responsible',
          render: (_, { responsibleSpecialist }) =>
            responsibleSpecialist?.fullName ?? t('common.none'),
        },
        {
          title: t('common.actions'),
          key: 'open',
          render: (_, item) => (
            <Link to={graduateMonitoringPath(item.graduateId)}>{t('section.openMonitoring')}</Link>
          ),
        },
      ]}
    />
  );
}
