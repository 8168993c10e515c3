import { Table, Typography, type TablePaginationConfig, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { workPlanPath } from '../paths';
import { usePlanNames } from '../usePlanNames';
import type { WorkPlanSummary } from '../vocabulary';
import { WorkPlanKindTag, WorkPlanStatusTag } from '../WorkPlanTags';

/** Plans as rows, each opening the plan; on a phone only the plan and its status. */
export function WorkPlansTable({
  plans,
  loading,
  pagination,
  emptyText,
}: {
  plans?: WorkPlanSummary[];
  loading: boolean;
  pagination: TablePaginationConfig;
  emptyText: ReactNode;
}) {
  const { t } = useTranslation('workPlans');
  const names = usePlanNames();

  const columns: TableProps<WorkPlanSummary>['columns'] = [
    {
      title: t('fields.plan'),
      key: 'plan',
      render: (_, plan) => (
        <Link to={workPlanPath(plan.id)} style={{ fontWeight: plan.month === null ? 600 : 400 }}>
          {names.title(plan)}
        </Link>
      ),
    },
    {
      title: t('fields.kind'),
      dataIndex: 'kind',
      responsive: ['md'],
      render: (_, { kind }) => <WorkPlanKindTag kind={kind} />,
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (_, { status }) => <WorkPlanStatusTag status={status} />,
    },
    {
      title: t('fields.approvedAt'),
      dataIndex: 'approvedAt',
      responsive: ['md'],
      render: (_, { approvedAt }) =>
        approvedAt ? (
          formatDateTime(approvedAt)
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('fields.updatedAt'),
      dataIndex: 'updatedAt',
      responsive: ['lg'],
      render: (_, { updatedAt }) => formatDateTime(updatedAt),
    },
  ];

  return (
    <Table<WorkPlanSummary>
      rowKey="id"
      columns={columns}
      dataSource={plans}
      loading={loading}
      locale={{ emptyText }}
      pagination={pagination}
      data-testid="work-plans-table"
    />
  );
}
