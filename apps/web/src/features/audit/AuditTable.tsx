import { ROLE_LABELS } from '@postcare/domain';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../shared/vocabulary/useLabel';
import { formatDateTime } from '../../shared/format/formatDateTime';
import { pagePagination } from '../../shared/ui/pagePagination';
import { actionLabel, entityLabel } from './labels';
import type { AuditEntry } from './vocabulary';

interface Props {
  page?: { items: AuditEntry[]; page: number; pageSize: number; total: number };
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}

/** The log's rows; on a narrow screen the table scrolls inside its box, not the page. */
export function AuditTable({ page, loading, onPageChange }: Props) {
  const { t } = useTranslation('audit');
  const { t: tc } = useTranslation();
  const labelOf = useLabel();
  return (
    <Table<AuditEntry>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={page?.items}
      scroll={{ x: 'max-content' }}
      pagination={pagePagination(page, tc, onPageChange)}
      columns={[
        {
          key: 'at',
          title: t('columns.at'),
          render: (_, row) => formatDateTime(row.at),
        },
        {
          key: 'user',
          title: t('columns.user'),
          render: (_, row) => (
            <>
              {row.userName ?? t('unknownUser')}
              {row.userRole && (
                <Typography.Text type="secondary">
                  {' '}
                  · {labelOf(ROLE_LABELS, row.userRole)}
                </Typography.Text>
              )}
            </>
          ),
        },
        {
          key: 'action',
          title: t('columns.action'),
          render: (_, row) => actionLabel(t, row.action),
        },
        {
          key: 'entity',
          title: t('columns.entity'),
          render: (_, row) => entityLabel(t, row.entity),
        },
        {
          key: 'entityId',
          title: t('columns.entityId'),
          render: (_, row) => (
            <Typography.Text code copyable={Boolean(row.entityId)}>
              {row.entityId ??
                (row.itemCount !== null ? t('items', { count: row.itemCount }) : '—')}
            </Typography.Text>
          ),
        },
        {
          key: 'fields',
          title: t('columns.fields'),
          render: (_, row) => row.changedFields.join(', ') || '—',
        },
      ]}
    />
  );
}
