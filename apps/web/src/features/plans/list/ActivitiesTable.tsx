import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { Table, Typography, theme, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { Link } from 'react-router';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { formatDate } from '../../graduates/format';
import { graduatePlanPath } from '../paths';
import { ActivityStatusTag } from '../PlanTags';
import type { ActivityWithPlan } from '../vocabulary';

/** Open activities across plans (a work list), each linking to the graduate's plan. */
export function ActivitiesTable({
  page,
  loading,
  onPageChange,
  showResponsible = true,
  emptyText,
  testId,
}: {
  page?: { items: ActivityWithPlan[]; page: number; pageSize: number; total: number };
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  showResponsible?: boolean;
  emptyText: string;
  testId?: string;
}) {
  const { t } = useTranslation('plans');
  const labelOf = useLabel();
  const { t: tCommon } = useTranslation();
  const { token } = theme.useToken();

  const columns: TableProps<ActivityWithPlan>['columns'] = [
    {
      title: t('fields.dueOn'),
      dataIndex: 'dueOn',
      width: 120,
      render: (_, { dueOn, overdue }) => (
        <Typography.Text type={overdue ? 'danger' : undefined} strong={overdue}>
          {formatDate(dueOn)}
        </Typography.Text>
      ),
    },
    {
      title: t('fields.title'),
      key: 'title',
      render: (_, { title, domain }) => (
        <>
          {title}
          <div>
            <Typography.Text type="secondary">
              {labelOf(LIFE_DOMAIN_LABELS, domain)}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('fields.graduate'),
      key: 'graduate',
      render: (_, { graduate }) => (
        <Link to={graduatePlanPath(graduate.id)}>{graduate.fullName}</Link>
      ),
    },
    ...(showResponsible
      ? [
          {
            title: t('fields.responsible'),
            key: 'responsible',
            render: (_: unknown, { responsible }: ActivityWithPlan) =>
              responsible?.fullName ?? (
                <Typography.Text type="secondary">{t('activities.noResponsible')}</Typography.Text>
              ),
          },
        ]
      : []),
    {
      title: t('fields.status'),
      dataIndex: 'status',
      width: 200,
      render: (_, { status, overdue }) => <ActivityStatusTag status={status} overdue={overdue} />,
    },
  ];

  return (
    <Table<ActivityWithPlan>
      rowKey="id"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      locale={{ emptyText }}
      pagination={pagePagination(page, tCommon, onPageChange)}
      onRow={({ overdue }) => ({
        style: overdue ? { background: token.colorErrorBg } : undefined,
      })}
      data-testid={testId}
    />
  );
}
