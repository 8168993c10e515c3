import type { Schemas } from '@postcare/api-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../../shared/ui/Pager';
import { PlainTable, type PlainColumn } from '../../../shared/ui/PlainTable';
import { PlainTag } from '../../../shared/ui/PlainTag';
import { EligibilityTag } from '../EligibilityTag';
import { formatDate, fullName } from '../format';
import { GraduateStatusTag } from '../GraduateStatusTag';
import { graduatePath } from '../paths';
import type { GraduateListQuery } from '../useGraduates';
import type { GraduateListChanges, GraduateSort } from './useGraduateListParams';
import './graduates-table.css';

type Graduate = Schemas['GraduateSummaryDto'];

interface GraduatesTableProps {
  page?: Schemas['GraduatePageDto'];
  loading: boolean;
  query: GraduateListQuery;
  /** What the table shows when it has no rows. */
  empty: ReactNode;
  onChange: (changes: GraduateListChanges) => void;
}

/**
 * The list's rows: a click on a sortable header sorts by it, again the other way, a third
 * time back to the default (by name); the pager under it keeps the page and its size in the
 * address bar.
 */
export function GraduatesTable({ page, loading, query, onChange, empty }: GraduatesTableProps) {
  const { t } = useTranslation('graduates');
  const sort = query.sort ?? 'name';
  const direction = (column: GraduateSort) =>
    sort === column ? (query.order === 'desc' ? 'desc' : 'asc') : null;

  const columns: PlainColumn<Graduate>[] = [
    {
      key: 'name',
      title: t('fields.fullName'),
      sort: direction('name'),
      render: (graduate) => (
        <>
          <Link to={graduatePath(graduate.id)}>{fullName(graduate)}</Link>
          {graduate.archived && (
            <span className="graduates-table__archived">
              <PlainTag>{t('list.archived')}</PlainTag>
            </span>
          )}
        </>
      ),
    },
    {
      key: 'birthDate',
      title: t('fields.birthDate'),
      sort: direction('birthDate'),
      render: ({ birthDate, age }) => (
        <>
          {formatDate(birthDate)}{' '}
          <span className="graduates-table__secondary">{t('list.age', { count: age })}</span>
        </>
      ),
    },
    {
      key: 'status',
      title: t('fields.status'),
      render: ({ status }) => <GraduateStatusTag status={status} />,
    },
    {
      key: 'responsibleSpecialistName',
      title: t('fields.responsibleSpecialist'),
      render: ({ responsibleSpecialistName }) =>
        responsibleSpecialistName ?? (
          <span className="graduates-table__warning">{t('list.unassigned')}</span>
        ),
    },
    {
      key: 'eligibleToday',
      title: t('fields.eligibility'),
      render: ({ eligibleToday }) => <EligibilityTag eligible={eligibleToday} />,
    },
  ];

  // Ascending, then descending, then the default order.
  const sortBy = (key: string) => {
    const column = key as GraduateSort;
    const now = direction(column);
    onChange(
      now === 'asc'
        ? { sort: column, order: 'desc' }
        : now === 'desc'
          ? { sort: undefined, order: undefined }
          : { sort: column, order: 'asc' },
    );
  };

  return (
    <PlainTable<Graduate>
      data-testid="graduates-table"
      columns={columns}
      rows={page?.items}
      rowKey={(graduate) => graduate.id}
      loading={loading}
      empty={empty}
      onSort={sortBy}
      footer={
        page && (
          <Pager
            page={page.page}
            pageSize={page.pageSize}
            total={page.total}
            onChange={(nextPage, pageSize) => onChange({ page: nextPage, pageSize })}
          />
        )
      }
    />
  );
}
