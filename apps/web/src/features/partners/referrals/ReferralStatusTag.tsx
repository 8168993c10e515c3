import { REFERRAL_STATUS_LABELS } from '@postcare/domain';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { formatDate } from '../../graduates/format';
import { REFERRAL_STATUS_COLORS, type Referral } from '../vocabulary';

/** The status of a referral and the day it was reached. */
export function ReferralStatusTag({ referral }: { referral: Referral }) {
  const { t } = useTranslation('partners');
  const labelOf = useLabel();
  return (
    <Flex vertical gap={2} align="start" data-testid="referral-status">
      <Tag color={REFERRAL_STATUS_COLORS[referral.status]}>
        {labelOf(REFERRAL_STATUS_LABELS, referral.status)}
      </Tag>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {t('referral.statusSince', { date: formatDate(referral.statusOn) })}
      </Typography.Text>
    </Flex>
  );
}
