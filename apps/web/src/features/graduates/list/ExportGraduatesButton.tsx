import { useTranslation } from 'react-i18next';
import { fetchClient } from '../../../shared/api/client';
import { saveDownload } from '../../../shared/files/download';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import type { GraduateListQuery } from '../useGraduates';

/** «Выгрузить в Excel»: the list with the filters shown on the page (every page, not only this one). */
export function ExportGraduatesButton({ query }: { query: GraduateListQuery }) {
  const { t } = useTranslation('graduates');
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  return (
    <DownloadButton
      testId="graduates-export"
      save={() =>
        saveDownload(
          fetchClient.GET('/api/graduates/export.xlsx', {
            params: { query: filters },
            parseAs: 'blob',
          }),
          'Выпускники.xlsx',
        )
      }
    >
      {t('list.export')}
    </DownloadButton>
  );
}
