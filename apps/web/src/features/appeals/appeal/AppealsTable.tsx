import type { Schemas } from '@postcare/api-client';
import { APPEAL_CHANNEL_LABELS } from '@postcare/domain';
import { Table, Typography, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { formatDay } from '../common/dates';
import { AppealStatusTag } from './AppealStatusTag';

type Appeal = Schemas['AppealDto'];

interface AppealsTableProps {
  page?: Schemas['AppealPageDto'];
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (id: string) => void;
  /** The graduate column; hidden where every row is the same person (the graduate's card). */
  showGraduate?: boolean;
  /** What the table says with no rows (default: none match). */
  empty?: ReactNode;
}

/** Rows of the appeal journal; a click on a row opens the appeal. */
export function AppealsTable({
  page,
  loading,
  onPageChange,
  onOpen,
  showGraduate = true,
  empty,
}: AppealsTableProps) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const { t: tCommon } = useTranslation();

  const columns: TableProps<Appeal>['columns'] = [
    {
      title: t('fields.registeredAt'),
      dataIndex: 'registeredAt',
      width: 150,
      render: (_, { id, registeredAt }) => (
        <Typography.Link
          onClick={(event) => {
            event.stopPropagation();
            onOpen(id);
          }}
        >
          {formatDateTime(registeredAt)}
        </Typography.Link>
      ),
    },
    ...(showGraduate
      ? [
          {
            title: t('fields.graduate'),
            key: 'graduate',
            render: (_: unknown, { graduate }: Appeal) => (
              <>
                <Link to={`/graduates/${graduate.id}`} onClick={(event) => event.stopPropagation()}>
                  {graduate.fullName}
                </Link>
                <div>
                  <Typography.Text type="secondary">
                    {formatDay(graduate.birthDate)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
        ]
      : []),
    {
      title: t('fields.channel'),
      dataIndex: 'channel',
      render: (_, { channel }) => labelOf(APPEAL_CHANNEL_LABELS, channel),
    },
    {
      title: t('fields.problems'),
      key: 'problems',
      render: (_, { problems }) => problems.map(({ id, name }) => <div key={id}>{name}</div>),
    },
    {
      title: t('fields.specialist'),
      key: 'specialist',
      render: (_, { assignedSpecialist }) =>
        assignedSpecialist?.fullName ?? (
          <Typography.Text type="secondary">{t('common.unassigned')}</Typography.Text>
        ),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (_, { status }) => <AppealStatusTag status={status} />,
    },
    {
      title: t('fields.outcome'),
      dataIndex: 'outcome',
      render: (_, { outcome, referredTo }) => (
        <>
          {outcome || '—'}
          {referredTo && (
            <div>
              <Typography.Text type="secondary">
                {t('fields.referredTo')}: {referredTo}
              </Typography.Text>
            </div>
          )}
        </>
      ),
    },
  ];

  return (
    <Table<Appeal>
      rowKey="id"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      locale={{ emptyText: empty ?? t('journal.empty') }}
      pagination={pagePagination(page, tCommon, onPageChange)}
      onRow={({ id }) => ({ onClick: () => onOpen(id), style: { cursor: 'pointer' } })}
      data-testid="appeals-table"
    />
  );
}
