import type { Schemas } from '@postcare/api-client';
import { Table, Tag, Typography, type TableProps } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { EligibilityMark } from '../EligibilityMark';
import { formatDate, fullName } from '../format';
import { GraduateStatusTag } from '../GraduateStatusTag';
import { graduatePath } from '../paths';
import type { GraduateListQuery } from '../useGraduates';
import type { GraduateListChanges, GraduateSort } from './useGraduateListParams';

type Graduate = Schemas['GraduateSummaryDto'];

interface GraduatesTableProps {
  page?: Schemas['GraduatePageDto'];
  loading: boolean;
  query: GraduateListQuery;
  /** What the table shows when it has no rows. */
  empty: ReactNode;
  onChange: (changes: GraduateListChanges) => void;
}

export function GraduatesTable({ page, loading, query, onChange, empty }: GraduatesTableProps) {
  const { t } = useTranslation('graduates');
  const { t: tCommon } = useTranslation();
  const sort = query.sort ?? 'name';
  const sortOrder = (column: GraduateSort): SortOrder =>
    sort === column ? (query.order === 'desc' ? 'descend' : 'ascend') : null;

  const columns: TableProps<Graduate>['columns'] = [
    {
      title: t('fields.fullName'),
      key: 'name',
      sorter: true,
      sortOrder: sortOrder('name'),
      render: (_, graduate) => (
        <>
          <Link to={graduatePath(graduate.id)}>{fullName(graduate)}</Link>
          {graduate.archived && <Tag style={{ marginInlineStart: 8 }}>{t('list.archived')}</Tag>}
        </>
      ),
    },
    {
      title: t('fields.birthDate'),
      key: 'birthDate',
      sorter: true,
      sortOrder: sortOrder('birthDate'),
      render: (_, { birthDate, age }) => (
        <>
          {formatDate(birthDate)}{' '}
          <Typography.Text type="secondary">{t('list.age', { count: age })}</Typography.Text>
        </>
      ),
    },
    {
      title: t('fields.status'),
      dataIndex: 'status',
      render: (_, { status }) => <GraduateStatusTag status={status} />,
    },
    {
      title: t('fields.responsibleSpecialist'),
      dataIndex: 'responsibleSpecialistName',
      render: (_, { responsibleSpecialistName }) =>
        responsibleSpecialistName ?? (
          <Typography.Text type="warning">{t('list.unassigned')}</Typography.Text>
        ),
    },
    {
      title: t('fields.eligibility'),
      dataIndex: 'eligibleToday',
      render: (_, { eligibleToday }) => <EligibilityMark eligible={eligibleToday} />,
    },
  ];

  const sortChanged: TableProps<Graduate>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return;
    const column = sorter.columnKey as GraduateSort | undefined;
    onChange(
      sorter.order && column
        ? { sort: column, order: sorter.order === 'descend' ? 'desc' : 'asc' }
        : { sort: undefined, order: undefined },
    );
  };

  return (
    <Table<Graduate>
      rowKey="id"
      data-testid="graduates-table"
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      onChange={sortChanged}
      locale={{ emptyText: empty }}
      pagination={pagePagination(page, tCommon, (nextPage, pageSize) =>
        onChange({ page: nextPage, pageSize }),
      )}
    />
  );
}
