import type { Schemas } from '@postcare/api-client';
import { SERVICE_DELIVERY_LABELS, SERVICE_FORM_LABELS } from '@postcare/domain';
import { Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { formatDay } from '../common/dates';

type Service = Schemas['AidServiceDto'];

interface ServicesTableProps {
  page?: Schemas['AidServicePageDto'];
  loading: boolean;
  /** Without it the table is a short list with no pages (e.g. the help given for one appeal). */
  onPageChange?: (page: number, pageSize: number) => void;
  size?: TableProps<Service>['size'];
}

/** Help given: date, kind, form and delivery, duration, who gave it, the result. */
export function ServicesTable({ page, loading, onPageChange, size }: ServicesTableProps) {
  const { t } = useTranslation('appeals');
  const labelOf = useLabel();
  const { t: tCommon } = useTranslation();
  const columns: TableProps<Service>['columns'] = [
    {
      title: t('service.fields.providedOn'),
      dataIndex: 'providedOn',
      width: 120,
      render: (_, { providedOn }) => formatDay(providedOn),
    },
    {
      title: t('service.fields.kind'),
      key: 'kind',
      render: (_, { kind, form, delivery }) => (
        <>
          <div>{kind.name}</div>
          <Typography.Text type="secondary">
            {labelOf(SERVICE_FORM_LABELS, form)} · {labelOf(SERVICE_DELIVERY_LABELS, delivery)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: t('service.fields.durationShort'),
      dataIndex: 'durationMinutes',
      width: 110,
      render: (_, { durationMinutes }) => t('service.minutes', { count: durationMinutes }),
    },
    {
      title: t('service.fields.specialist'),
      key: 'specialist',
      render: (_, { specialist }) => specialist.fullName,
    },
    {
      title: t('service.fields.result'),
      dataIndex: 'result',
      render: (_, { result }) => result || '—',
    },
  ];

  return (
    <Table<Service>
      rowKey="id"
      size={size}
      columns={columns}
      dataSource={page?.items}
      loading={loading}
      locale={{ emptyText: t('service.empty') }}
      pagination={onPageChange ? pagePagination(page, tCommon, onPageChange) : false}
      data-testid="services-table"
    />
  );
}
