import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../common/dates';
import { useEligibility } from './useEligibility';

/**
 * Says before submitting whether the person may be helped on the appeal's day; the API
 * refuses an ineligible one all the same (409 `not-eligible`).
 */
export function EligibilityNotice({ graduateId, on }: { graduateId: string; on: string }) {
  const { t } = useTranslation('appeals');
  const { data } = useEligibility(graduateId, on);
  if (!data) return null;
  return data.eligible ? (
    <Alert
      type="success"
      showIcon
      title={t('register.eligible', { date: formatDay(on), reason: data.reason })}
      data-testid="eligibility-notice"
    />
  ) : (
    <Alert
      type="warning"
      showIcon
      title={t('register.notEligibleWarning', { date: formatDay(on) })}
      description={data.reason}
      data-testid="eligibility-notice"
    />
  );
}
