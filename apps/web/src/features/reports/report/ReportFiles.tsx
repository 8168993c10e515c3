import { App, Button, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemNotice } from '../../../shared/ui/useProblemNotice';
import { downloadReport, type ReportFormat } from '../reportFiles';
import type { Report } from '../vocabulary';

const FORMATS: ReportFormat[] = ['pdf', 'xlsx'];

/** «Скачать: PDF XLSX» — the report to sign, and its figures to count in a spreadsheet. */
export function ReportFiles({ report }: { report: Pick<Report, 'id' | 'title'> }) {
  const { t } = useTranslation('reports');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const notifyProblem = useProblemNotice();
  const [busy, setBusy] = useState<ReportFormat | null>(null);

  const start = async (format: ReportFormat) => {
    setBusy(format);
    try {
      const name = await downloadReport(report, format);
      void message.success(tc('documents.saved', { name }));
    } catch (error) {
      notifyProblem(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space size={6} data-testid="report-files">
      <Typography.Text type="secondary">{t('files.download')}</Typography.Text>
      <Space.Compact>
        {FORMATS.map((format) => (
          <Tooltip key={format} title={t(`files.hint.${format}`)}>
            <Button
              loading={busy === format}
              disabled={busy !== null && busy !== format}
              onClick={() => void start(format)}
            >
              {format.toUpperCase()}
            </Button>
          </Tooltip>
        ))}
      </Space.Compact>
    </Space>
  );
}
