import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../shared/auth/usePermissions';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { ContractCard } from './card/ContractCard';
import { ExceptionOrdersSection } from './exception-orders/ExceptionOrdersSection';
import { ContractFormModal } from './form/ContractFormModal';
import { ContractsTable } from './list/ContractsTable';
import { useChosenContract } from './useChosenContract';
import { useContract } from './useContracts';

/**
 * The «Договор» tab of a graduate's card: the current contract (or the one chosen below),
 * the earlier ones, and the orders that allow support outside the age rules.
 */
export function GraduateContractTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('contracts');
  const { can } = usePermissions();
  const { items, isLoading, error, current, chosenId, choose } = useChosenContract(graduate.id);
  const contract = useContract(chosenId);
  const [creating, setCreating] = useState(false);
  const writable = can('contracts.write') && !graduate.archived;
  const others = items.filter(({ id }) => id !== chosenId);

  return (
    <Flex vertical gap={24} data-testid="graduate-contract">
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('tab.title')}
          </Typography.Title>
          {writable && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('actions.new')}
            </Button>
          )}
        </Flex>
        <ProblemAlert error={error ?? contract.error} />
        {isLoading || (chosenId && contract.isLoading) ? (
          <Skeleton active />
        ) : !chosenId ? (
          <Empty description={t('tab.none')} data-testid="no-contract">
            {graduate.eligibleToday ? null : (
              <Typography.Text type="secondary">{graduate.eligibility.reason}</Typography.Text>
            )}
          </Empty>
        ) : (
          contract.data && (
            <>
              {current && current.id !== chosenId && (
                <Alert
                  type="info"
                  showIcon
                  title={t('tab.notCurrent')}
                  action={
                    <Button size="small" onClick={() => choose(null)}>
                      {t('tab.showCurrent', { number: current.number })}
                    </Button>
                  }
                />
              )}
              <ContractCard contract={contract.data} graduate={graduate} />
            </>
          )
        )}
      </Flex>
      {others.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('tab.others')}
          </Typography.Title>
          <ContractsTable
            contracts={others}
            loading={false}
            showGraduate={false}
            onOpen={choose}
            emptyText={t('list.empty')}
            testId="other-contracts"
          />
        </Flex>
      )}
      <ExceptionOrdersSection graduate={graduate} />
      {creating && (
        <ContractFormModal
          graduate={graduate}
          onClose={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            choose(saved.id);
          }}
        />
      )}
    </Flex>
  );
}
