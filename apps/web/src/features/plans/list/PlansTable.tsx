import { Table, Tag, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { formatDate } from '../../graduates/format';
import { graduatePlanPath } from '../paths';
import { PlanStatusTag } from '../PlanTags';
import type { PlanSummary } from '../vocabulary';

/** Plans as rows, each linking to the «План» tab of the graduate's card. */
export function PlansTable({
  page,
  loading,
  onPageChange,
  emptyText,
  testId,
}: {
  page?: { items: PlanSummary[]; page: number; pageSize: number; total: number };
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  emptyText: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('plans');
  const { t: tCommon } = useTranslation();

  const columns: TableProps<PlanSummary>['columns'] = [
    {
      title: t('fields.graduate'),
      key: 'graduate',
      render: (_, { graduate, contractId }) => (
        <>
          <Link to={graduatePlanPath(graduate.id, contractId)}>{graduate.fullName}</Link>
          <div>
            <Typography.Text type="secondary">{formatDate(graduate.birthDate)}</Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('fields.contract'),
      dataIndex: 'contractNumber',
      render: (_, { contractNumber }) => t('plan.contract', { number: contractNumber }),
    },
    {
      title: t('fields.period'),
      key: 'period',
      render: (_, { periodFrom, periodTo }) =>
        t('plan.period', { from: formatDate(periodFrom), to: formatDate(periodTo) }),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (_, { status }) => <PlanStatusTag status={status} />,
    },
    {
      title: t('fields.nextReviewOn'),
      dataIndex: 'nextReviewOn',
      render: (_, { nextReviewOn, pastReview }) =>
        nextReviewOn ? (
          <>
            <Typography.Text type={pastReview ? 'danger' : undefined}>
              {formatDate(nextReviewOn)}
            </Typography.Text>
            {pastReview && (
              <Tag color="red" style={{ marginInlineStart: 8 }}>
                {t('plan.pastReview')}
              </Tag>
            )}
          </>
        ) : (
          '—'
        ),
    },
    {
      title: t('fields.updatedAt'),
      dataIndex: 'updatedAt',
      render: (_, { updatedAt }) => formatDateTime(updatedAt),
    },
  ];

  return (
    <Table<PlanSummary>
      rowKey="id"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      locale={{ emptyText }}
      pagination={pagePagination(page, tCommon, onPageChange)}
      data-testid={testId}
    />
  );
}
