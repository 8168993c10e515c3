import type { Schemas } from '@postcare/api-client';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { fetchFileContent, saveBlob } from './fileContent';

/** Downloads a file with the session's credentials and saves it under its own name. */
export function DownloadFileButton({
  graduateId,
  file,
  label,
}: {
  graduateId: string;
  file: Pick<Schemas['GraduateFileDto'], 'id' | 'fileName'>;
  label?: string;
}) {
  const { t } = useTranslation('graduates');
  return (
    <DownloadButton
      type="link"
      save={async () => {
        saveBlob(await fetchFileContent(graduateId, file.id), file.fileName);
        return file.fileName;
      }}
    >
      {label ?? t('files.download')}
    </DownloadButton>
  );
}
