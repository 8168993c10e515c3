import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../shared/files/DownloadButton';
import { downloadConsentForm } from './privacyFiles';

/** «Бланк согласия»: the consent with its scope and validity as PDF, to print and sign. */
export function ConsentFormButton({
  graduateId,
  consentId,
}: {
  graduateId: string;
  consentId: string;
}) {
  const { t } = useTranslation('privacy');
  return (
    <DownloadButton type="link" save={() => downloadConsentForm(graduateId, consentId)}>
      {t('consentForms.form')}
    </DownloadButton>
  );
}
