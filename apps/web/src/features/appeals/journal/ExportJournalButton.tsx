import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '../../../shared/files/DownloadButton';
import { exportJournal } from './useExportJournal';

interface ExportJournalButtonProps {
  from?: string;
  to?: string;
}

/** «Экспорт в Excel»: the journal of the chosen period (appeals and the help given) as XLSX. */
export function ExportJournalButton({ from, to }: ExportJournalButtonProps) {
  const { t } = useTranslation('appeals');
  const ready = Boolean(from && to);
  return (
    <Tooltip title={ready ? undefined : t('journal.exportNeedsPeriod')}>
      <span>
        <DownloadButton
          disabled={!ready}
          testId="journal-export"
          save={() => exportJournal({ from: from ?? '', to: to ?? '' })}
        >
          {t('journal.export')}
        </DownloadButton>
      </span>
    </Tooltip>
  );
}
