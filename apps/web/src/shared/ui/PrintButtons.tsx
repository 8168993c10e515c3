import { Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../files/useDownload';

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
  const { busy, start } = useDownload<PrintFormat>();

  return (
    <Space size={6} data-testid={testId}>
      <Typography.Text type="secondary">{t('documents.print')}</Typography.Text>
      <Space.Compact>
        {FORMATS.map((format) => (
          <Tooltip key={format} title={t(`documents.hint.${format}`)}>
            <Button
              loading={busy === format}
              disabled={busy !== null}
              aria-busy={busy === format}
              onClick={() => void start(format, () => print(format))}
            >
              {t(`documents.format.${format}`)}
            </Button>
          </Tooltip>
        ))}
      </Space.Compact>
    </Space>
  );
}
