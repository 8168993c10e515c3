import type { Schemas } from '@postcare/api-client';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
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
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      saveBlob(await fetchFileContent(graduateId, file.id), file.fileName);
    } catch (error) {
      notifyProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button type="link" size="small" loading={busy} onClick={() => void download()}>
      {label ?? t('files.download')}
    </Button>
  );
}
