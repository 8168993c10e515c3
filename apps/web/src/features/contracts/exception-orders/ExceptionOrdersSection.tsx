import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../../shared/auth/usePermissions';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { ExceptionOrderModal } from './ExceptionOrderModal';
import { ExceptionOrdersTable } from './ExceptionOrdersTable';
import { useGraduateExceptionOrders } from './useExceptionOrders';

/** The graduate's orders to support outside the age rules (001 §4.1.3) on the «Договор» tab. */
export function ExceptionOrdersSection({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('contracts');
  const { can } = usePermissions();
  const orders = useGraduateExceptionOrders(graduate.id);
  const [adding, setAdding] = useState(false);
  const canDecide = can('exception-orders.confirm');
  const writable = can('contracts.write') && !graduate.archived;

  return (
    <Flex vertical gap={8} data-testid="exception-orders">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('orders.title')}
        </Typography.Title>
        {writable && (
          <Button onClick={() => setAdding(true)}>
            {t(canDecide ? 'orders.enter' : 'orders.request')}
          </Button>
        )}
      </Flex>
      {!graduate.eligibleToday && (
        <Alert type="warning" showIcon title={graduate.eligibility.reason} />
      )}
      <Typography.Text type="secondary">{t('orders.hint')}</Typography.Text>
      <ProblemAlert error={orders.error} />
      <ExceptionOrdersTable
        orders={orders.data}
        loading={orders.isFetching}
        canDecide={canDecide}
        emptyText={t('orders.none')}
      />
      {adding && <ExceptionOrderModal graduate={graduate} onClose={() => setAdding(false)} />}
    </Flex>
  );
}
