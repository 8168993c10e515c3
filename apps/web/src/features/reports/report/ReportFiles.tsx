import { Button, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDownload } from '../../../shared/files/useDownload';
import { downloadReport, type ReportFormat } from '../reportFiles';
import type { Report } from '../vocabulary';

const FORMATS: ReportFormat[] = ['pdf', 'xlsx'];

/** «Скачать: PDF XLSX» — the report to sign, and its figures to count in a spreadsheet. */
export function ReportFiles({ report }: { report: Pick<Report, 'id' | 'title'> }) {
  const { t } = useTranslation('reports');
  const { busy, start } = useDownload<ReportFormat>();

  return (
    <Space size={6} data-testid="report-files">
      <Typography.Text type="secondary">{t('files.download')}</Typography.Text>
      <Space.Compact>
        {FORMATS.map((format) => (
          <Tooltip key={format} title={t(`files.hint.${format}`)}>
            <Button
              loading={busy === format}
              disabled={busy !== null}
              aria-busy={busy === format}
              onClick={() => void start(format, () => downloadReport(report, format))}
            >
              {format.toUpperCase()}
            </Button>
          </Tooltip>
        ))}
      </Space.Compact>
    </Space>
  );
}
