import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './plain-table.css';
import { SpinWheel } from './SpinWheel';

export type SortDirection = 'asc' | 'desc';

export interface PlainColumn<Row> {
  key: string;
  title: ReactNode;
  render: (row: Row) => ReactNode;
  /** Sortable column: its current direction (`null`: sortable, not sorted by it). */
  sort?: SortDirection | null;
}

/**
 * A data table in Ant Design's look, in plain markup: a real `<table>` in a box that scrolls
 * sideways on a narrow screen, sortable headers (a button in the `<th>`, `aria-sort`), rows
 * kept (dimmed, `aria-busy`) while the next ones load, and `empty` in the body without rows.
 */
export function PlainTable<Row>({
  columns,
  rows,
  rowKey,
  loading = false,
  empty,
  onSort,
  footer,
  'data-testid': testId,
}: {
  columns: PlainColumn<Row>[];
  rows: Row[] | undefined;
  rowKey: (row: Row) => string;
  loading?: boolean;
  empty: ReactNode;
  /** A sortable header was clicked. */
  onSort?: (key: string) => void;
  /** Under the table (a pager). */
  footer?: ReactNode;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  const list = rows ?? [];
  return (
    <div className="plain-table" data-testid={testId}>
      <div className="plain-table__scroll">
        <table aria-busy={loading}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={
                    column.sort === 'asc'
                      ? 'ascending'
                      : column.sort === 'desc'
                        ? 'descending'
                        : undefined
                  }
                >
                  {column.sort === undefined || !onSort ? (
                    column.title
                  ) : (
                    <button
                      type="button"
                      className="plain-table__sort"
                      onClick={() => onSort(column.key)}
                    >
                      {column.title}
                      <span
                        className={`plain-table__arrows plain-table__arrows--${column.sort ?? 'none'}`}
                        aria-hidden="true"
                      >
                        <span>▲</span>
                        <span>▼</span>
                      </span>
                    </button>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {list.length > 0 ? (
              list.map((row) => (
                <tr key={rowKey(row)} className="plain-table__row">
                  {columns.map((column) => (
                    <td key={column.key}>{column.render(row)}</td>
                  ))}
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={columns.length} className="plain-table__empty">
                  {loading && !rows ? null : empty}
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {loading && (
          <div className="plain-table__loading" role="status">
            <SpinWheel />
            <span className="plain-table__hidden">{t('app.loading')}</span>
          </div>
        )}
      </div>
      {footer}
    </div>
  );
}
