import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from './useProblemNotice';

export type PrintFormat = 'docx' | 'pdf';

const FORMATS: PrintFormat[] = ['docx', 'pdf'];

/**
 * «DOCX» and «PDF»: a document rendered by the API to print and sign. `print` downloads it
 * and resolves to the name it was saved under.
 */
export function PrintButtons({
  print,
  testId,
}: {
  print: (format: PrintFormat) => Promise<string>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState<PrintFormat | null>(null);

  const start = async (format: PrintFormat) => {
    setBusy(format);
    try {
      const name = await print(format);
      void message.success(t('documents.saved', { name }));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space size={6} data-testid={testId}>
      <Typography.Text type="secondary">{t('documents.print')}</Typography.Text>
      <Space.Compact>
        {FORMATS.map((format) => (
          <Tooltip key={format} title={t(`documents.hint.${format}`)}>
            <Button
              loading={busy === format}
              disabled={busy !== null && busy !== format}
              onClick={() => void start(format)}
            >
              {t(`documents.format.${format}`)}
            </Button>
          </Tooltip>
        ))}
      </Space.Compact>
    </Space>
  );
}
