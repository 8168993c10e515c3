import { EXCEPTION_ORDER_STATUS_LABELS, ORDERED_BY_LABELS } from '@postcare/domain';
import { Button, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDate } from '../../graduates/format';
import { graduateContractPath } from '../paths';
import { DecideExceptionOrderModal, type Decision } from './DecideExceptionOrderModal';
import { ORDER_STATUS_COLORS, type ExceptionOrder } from './useExceptionOrders';

/** Orders as rows; heads decide on the requested ones right here. */
export function ExceptionOrdersTable({
  orders,
  loading,
  canDecide,
  showGraduate = false,
  emptyText,
  testId,
}: {
  orders?: ExceptionOrder[];
  loading: boolean;
  canDecide: boolean;
  showGraduate?: boolean;
  emptyText: string;
  testId?: string;
}) {
  const { t } = useTranslation('contracts');
  const labelOf = useLabel();
  const [deciding, setDeciding] = useState<{ order: ExceptionOrder; decision: Decision } | null>(
    null,
  );

  const columns: TableProps<ExceptionOrder>['columns'] = [
    ...(showGraduate
      ? [
          {
            title: t('orders.fields.graduate'),
            key: 'graduate',
            render: (_: unknown, { graduate }: ExceptionOrder) => (
              <>
                <Link to={graduateContractPath(graduate.id)}>{graduate.fullName}</Link>
                <div>
                  <Typography.Text type="secondary">
                    {formatDate(graduate.birthDate)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
        ]
      : []),
    {
      title: t('orders.fields.order'),
      key: 'order',
      render: (_, order) => (
        <>
          {t('orders.summary', { number: order.number, date: formatDate(order.orderDate) })}
          <div>
            <Typography.Text type="secondary">
              {[labelOf(ORDERED_BY_LABELS, order.orderedBy), order.orderedByName]
                .filter(Boolean)
                .join(', ')}
            </Typography.Text>
          </div>
        </>
      ),
    },
    {
      title: t('orders.fields.valid'),
      key: 'valid',
      render: (_, { validFrom, validTo }) =>
        validTo
          ? t('orders.validityTo', { from: formatDate(validFrom), to: formatDate(validTo) })
          : t('orders.validity', { from: formatDate(validFrom) }),
    },
    {
      title: t('orders.fields.grounds'),
      dataIndex: 'grounds',
      render: (_, { grounds }) => grounds || '—',
    },
    {
      title: t('orders.fields.status'),
      dataIndex: 'status',
      render: (_, order) => (
        <>
          <Tag color={ORDER_STATUS_COLORS[order.status]}>
            {labelOf(EXCEPTION_ORDER_STATUS_LABELS, order.status)}
          </Tag>
          {order.decisionComment && (
            <div>
              <Typography.Text type="secondary">{order.decisionComment}</Typography.Text>
            </div>
          )}
        </>
      ),
    },
    ...(canDecide
      ? [
          {
            title: t('orders.fields.decision'),
            key: 'decide',
            render: (_: unknown, order: ExceptionOrder) =>
              order.status === 'requested' && (
                <Space size={0} wrap>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setDeciding({ order, decision: 'confirm' })}
                  >
                    {t('orders.confirm')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    danger
                    onClick={() => setDeciding({ order, decision: 'reject' })}
                  >
                    {t('orders.reject')}
                  </Button>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <Table<ExceptionOrder>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={orders}
        loading={loading}
        pagination={false}
        locale={{ emptyText }}
        data-testid={testId}
      />
      {deciding && (
        <DecideExceptionOrderModal
          order={deciding.order}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </>
  );
}
