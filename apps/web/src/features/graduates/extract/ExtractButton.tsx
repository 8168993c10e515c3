import type { Schemas } from '@postcare/api-client';
import { useTranslation } from 'react-i18next';
import { fetchClient } from '../../../shared/api/client';
import { saveDownload } from '../../../shared/files/download';
import { DownloadButton } from '../../../shared/files/DownloadButton';

/** «Выписка (PDF)»: the printable extract of the personal file, saved under the server's name. */
export function ExtractButton({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  return (
    <DownloadButton
      testId="extract-download"
      save={() =>
        saveDownload(
          fetchClient.GET('/api/graduates/{id}/extract', {
            params: { path: { id: graduate.id } },
            parseAs: 'blob',
          }),
          `Выписка ${graduate.lastName}.pdf`,
        )
      }
    >
      {t('extract.download')}
    </DownloadButton>
  );
}
