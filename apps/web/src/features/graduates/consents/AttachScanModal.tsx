import type { Schemas } from '@postcare/api-client';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { UploadFileModal } from '../files/UploadFileModal';
import { formatDate } from '../format';
import { useUpdateConsent } from './useUpdateConsent';

/** Uploads the scan of a signed consent and attaches it to the consent record. */
export function AttachScanModal({
  graduateId,
  consent,
  onClose,
}: {
  graduateId: string;
  consent: Schemas['ConsentDto'];
  onClose: () => void;
}) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const update = useUpdateConsent();

  const attach = async (scan: Schemas['GraduateFileDto']) => {
    try {
      await update.mutateAsync({
        params: { path: { graduateId, consentId: consent.id } },
        body: { version: consent.version, scanFileId: scan.id },
      });
      void message.success(t('consents.scanAttached'));
    } catch (error) {
      notifyProblem(error);
    }
  };

  return (
    <UploadFileModal
      graduateId={graduateId}
      kinds={['consent_scan']}
      title={t('consents.attachScanTitle', { date: formatDate(consent.signedOn) })}
      onClose={onClose}
      onUploaded={attach}
    />
  );
}
