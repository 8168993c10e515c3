import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchClient } from '../../../shared/api/client';
import { saveDownload } from '../../../shared/files/download';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import type { GraduateListQuery } from '../useGraduates';

/** «Выгрузить в Excel»: the list with the filters shown on the page (every page, not only this one). */
export function ExportGraduatesButton({ query }: { query: GraduateListQuery }) {
  const { t } = useTranslation('graduates');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const { page: _page, pageSize: _pageSize, ...filters } = query;
      const name = await saveDownload(
        fetchClient.GET('/api/graduates/export.xlsx', {
          params: { query: filters },
          parseAs: 'blob',
        }),
        'Выпускники.xlsx',
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
      {t('list.export')}
    </Button>
  );
}
