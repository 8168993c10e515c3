import { useTranslation } from 'react-i18next';
import { PlainTag } from '../../shared/ui/PlainTag';

/** Whether the person may get support today, as a tag (the list's column; plain markup). */
export function EligibilityTag({ eligible }: { eligible: boolean }) {
  const { t } = useTranslation('graduates');
  return (
    <PlainTag color={eligible ? 'green' : 'red'} data-testid="eligibility-mark">
      {t(eligible ? 'eligibility.eligible' : 'eligibility.notEligible')}
    </PlainTag>
  );
}
