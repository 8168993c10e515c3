import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../shared/ui/useProblemNotice';

/** A button that saves a document the API renders; a refusal is shown as a notice. */
export function DownloadButton({
  save,
  children,
  type,
}: {
  save: () => Promise<string>;
  children: ReactNode;
  type?: 'link' | 'default';
}) {
  const { t } = useTranslation('privacy');
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const name = await save();
      void message.success(t('export.saved', { name }));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      type={type}
      size={type === 'link' ? 'small' : undefined}
      loading={busy}
      onClick={() => void start()}
    >
      {children}
    </Button>
  );
}
