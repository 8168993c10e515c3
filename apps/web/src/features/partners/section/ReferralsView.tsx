import { REFERRAL_STATUS_LABELS } from '@postcare/domain';
import { Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { pagePagination } from '../../../shared/ui/pagePagination';
import { ReferralsTable } from '../referrals/ReferralsTable';
import { useReferrals } from '../useReferrals';
import { REFERRAL_STATUSES, type ReferralStatus } from '../vocabulary';

type Filter = ReferralStatus | 'all';
const FILTERS: readonly Filter[] = ['all', ...REFERRAL_STATUSES];

/**
 * «Направления»: every referral of the graduates the user may see, newest first, by status;
 * each row leads to the graduate's card and the organisation's. (No counts per status: every
 * list of referrals is written to the audit log as read, so only the list shown is asked for.)
 */
export function ReferralsView({
  status,
  page,
  pageSize,
  onStatus,
  onPage,
}: {
  status: ReferralStatus | undefined;
  page: number;
  pageSize: number;
  onStatus: (status: ReferralStatus | undefined) => void;
  onPage: (page: number, pageSize: number) => void;
}) {
  const { t } = useTranslation('partners');
  const { t: tc } = useTranslation();
  const labelOf = useLabel();
  const referrals = useReferrals({ status, page, pageSize });
  const filter: Filter = status ?? 'all';

  return (
    <Flex vertical gap={12}>
      <Segmented<Filter>
        value={filter}
        onChange={(value) => onStatus(value === 'all' ? undefined : value)}
        data-testid="referral-statuses"
        options={FILTERS.map((value) => ({
          value,
          label: value === 'all' ? t('referrals.all') : labelOf(REFERRAL_STATUS_LABELS, value),
        }))}
      />
      <Typography.Text type="secondary">{t(`referrals.hint.${filter}`)}</Typography.Text>
      <ProblemAlert error={referrals.error} />
      <ReferralsTable
        referrals={referrals.data?.items}
        loading={referrals.isFetching}
        pagination={pagePagination(referrals.data, tc, onPage)}
        showGraduate
        showPartner
        emptyText={t(`referrals.empty.${filter}`)}
        testId="referrals-table"
      />
    </Flex>
  );
}
