import { Flex, Table, Typography, type TablePaginationConfig, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { reportPath } from '../paths';
import { DueDate, LateTag, ReportStatusTag } from '../ReportTags';
import { useReportNames } from '../useReportNames';
import type { ReportSummary } from '../vocabulary';

/** Reports as rows, each opening the report; on a phone the report, its due day and status. */
export function ReportsTable({
  reports,
  loading,
  pagination,
  emptyText,
}: {
  reports?: ReportSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: ReactNode;
}) {
  const { t } = useTranslation('reports');
  const names = useReportNames();

  const columns: TableProps<ReportSummary>['columns'] = [
    {
      title: t('fields.report'),
      key: 'report',
      render: (_, report) => <Link to={reportPath(report.id)}>{names.title(report)}</Link>,
    },
    {
      title: t('fields.author'),
      key: 'author',
      responsive: ['md'],
      render: (_, { author }) => author.fullName,
    },
    {
      title: t('fields.dueOn'),
      key: 'due',
      render: (_, { dueOn, late }) => (
        <Flex gap={4} wrap align="center">
          <DueDate dueOn={dueOn} late={late} />
          <LateTag late={late} />
        </Flex>
      ),
    },
    {
      title: t('fields.status'),
      key: 'status',
      render: (_, { status }) => <ReportStatusTag status={status} />,
    },
    {
      title: t('fields.submittedAt'),
      key: 'submittedAt',
      responsive: ['lg'],
      render: (_, { submittedAt }) =>
        submittedAt ? (
          formatDateTime(submittedAt)
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];

  return (
    <Table<ReportSummary>
      rowKey="id"
      columns={columns}
      dataSource={reports}
      loading={loading}
      locale={{ emptyText }}
      pagination={pagination}
      data-testid="reports-table"
    />
  );
}
