import type { Schemas } from '@postcare/api-client';
import { Alert, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePermissions } from '../../shared/auth/usePermissions';
import { ProblemAlert } from '../../shared/ui/ProblemAlert';
import { graduateContractPath } from '../contracts/paths';
import { useChosenContract } from '../contracts/useChosenContract';
import { isOpen } from '../contracts/vocabulary';
import { PlanFormModal } from './plan/PlanFormModal';
import { PlanView } from './plan/PlanView';
import { useContractPlan, usePlan } from './usePlans';

/**
 * The «План» tab of a graduate's card: the individual plan of the current contract (or the
 * one chosen on the «Договор» tab); drafting it when there is none yet.
 */
export function GraduatePlanTab({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('plans');
  const { can } = usePermissions();
  const contracts = useChosenContract(graduate.id);
  const contract = contracts.items.find(({ id }) => id === contracts.chosenId);
  const summary = useContractPlan(contract?.id);
  const plan = usePlan(summary.data?.id);
  const [creating, setCreating] = useState(false);
  const canCreate = can('plans.write') && !graduate.archived && contract && isOpen(contract);
  const error = contracts.error ?? summary.error ?? plan.error;

  if (contracts.isLoading || summary.isLoading || plan.isLoading) return <Skeleton active />;

  return (
    <Flex vertical gap={16} data-testid="graduate-plan">
      <ProblemAlert error={error} />
      {!contract ? (
        <Empty description={t('tab.noContract')}>
          <Link to={graduateContractPath(graduate.id)}>{t('tab.toContract')}</Link>
        </Empty>
      ) : plan.data ? (
        <PlanView plan={plan.data} contract={contract} graduate={graduate} />
      ) : (
        !error && (
          <Flex vertical gap={12} align="start">
            {contracts.current && contracts.current.id !== contract.id && (
              <Alert
                type="info"
                showIcon
                title={t('tab.notCurrent', { number: contract.number })}
              />
            )}
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('plan.title')}
            </Typography.Title>
            <Typography.Text type="secondary">
              {t('tab.none', { number: contract.number })}
            </Typography.Text>
            {canCreate && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('actions.createPlan')}
              </Button>
            )}
          </Flex>
        )
      )}
      {creating && contract && (
        <PlanFormModal contract={contract} onClose={() => setCreating(false)} />
      )}
    </Flex>
  );
}
