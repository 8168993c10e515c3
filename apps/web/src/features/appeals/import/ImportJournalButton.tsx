import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportJournalModal } from './ImportJournalModal';

/** «Импорт из Excel»: loads an old journal (appeals and the help given) into the system. */
export function ImportJournalButton() {
  const { t } = useTranslation('appeals');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="journal-import">
        {t('import.open')}
      </Button>
      <ImportJournalModal open={open} onClose={() => setOpen(false)} />
    </>
  );
}
