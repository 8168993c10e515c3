import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

interface EligibilityMarkProps {
  eligible: boolean;
  /** The API's Russian explanation, shown on hover. */
  reason?: string;
}

/** Whether the person may get support today (001 §4.1): under 23, a student, or by order. */
export function EligibilityMark({ eligible, reason }: EligibilityMarkProps) {
  const { t } = useTranslation('graduates');
  const tag = (
    <Tag color={eligible ? 'green' : 'red'} data-testid="eligibility-mark">
      {t(eligible ? 'eligibility.eligible' : 'eligibility.notEligible')}
    </Tag>
  );
  return reason ? <Tooltip title={reason}>{tag}</Tooltip> : tag;
}
