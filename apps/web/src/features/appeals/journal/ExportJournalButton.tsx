import { App, Button, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { useExportJournal } from './useExportJournal';

interface ExportJournalButtonProps {
  from?: string;
  to?: string;
}

/** «Экспорт в Excel»: the journal of the chosen period (appeals and the help given) as XLSX. */
export function ExportJournalButton({ from, to }: ExportJournalButtonProps) {
  const { t } = useTranslation('appeals');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const exportJournal = useExportJournal();
  const ready = Boolean(from && to);

  const start = () => {
    if (!from || !to) return;
    exportJournal.mutate(
      { from, to },
      { onSuccess: () => void message.success(t('journal.exported')), onError: notifyProblem },
    );
  };

  return (
    <Tooltip title={ready ? undefined : t('journal.exportNeedsPeriod')}>
      <Button
        onClick={start}
        disabled={!ready}
        loading={exportJournal.isPending}
        data-testid="journal-export"
      >
        {t('journal.export')}
      </Button>
    </Tooltip>
  );
}
