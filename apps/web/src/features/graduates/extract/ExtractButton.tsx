import type { Schemas } from '@postcare/api-client';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchClient } from '../../../shared/api/client';
import { saveDownload } from '../../../shared/files/download';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';

/** «Выписка (PDF)»: the printable extract of the personal file, saved under the server's name. */
export function ExtractButton({ graduate }: { graduate: Schemas['GraduateDto'] }) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const name = await saveDownload(
        fetchClient.GET('/api/graduates/{id}/extract', {
          params: { path: { id: graduate.id } },
          parseAs: 'blob',
        }),
        `Выписка ${graduate.lastName}.pdf`,
      );
      void message.success(t('extract.saved', { name }));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button loading={busy} onClick={() => void download()}>
      {t('extract.download')}
    </Button>
  );
}
