import { CONTRACT_STATUS_LABELS } from '@postcare/domain';
import { Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDate } from '../../graduates/format';
import {
  EXPIRING_WITHIN_DAYS,
  STATUS_COLORS,
  type Contract,
  type ContractStatus,
} from '../vocabulary';

export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const labelOf = useLabel();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="contract-status">
      {labelOf(CONTRACT_STATUS_LABELS, status)}
    </Tag>
  );
}

/** What needs doing about an active contract: the scan, its end date. */
export function ContractAttentionTags({
  contract,
  today,
}: {
  contract: Pick<Contract, 'status' | 'missingScan' | 'expired' | 'endsOn' | 'exceptionOrderId'>;
  today: Dayjs;
}) {
  const { t } = useTranslation('contracts');
  const active = contract.status === 'active';
  const expiring =
    active &&
    !contract.expired &&
    !dayjs(contract.endsOn).isAfter(today.add(EXPIRING_WITHIN_DAYS, 'day'), 'day');
  return (
    <Space size={4} wrap>
      {active && contract.missingScan && <Tag color="orange">{t('tags.missingScan')}</Tag>}
      {active && contract.expired && <Tag color="red">{t('tags.expired')}</Tag>}
      {expiring && (
        <Tag color="gold">{t('tags.expiring', { date: formatDate(contract.endsOn) })}</Tag>
      )}
      {contract.exceptionOrderId && <Tag color="purple">{t('tags.byOrder')}</Tag>}
    </Space>
  );
}
