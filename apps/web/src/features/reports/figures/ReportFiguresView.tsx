import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/formatDateTime';
import type { ReportFigures } from '../vocabulary';
import { FigureTable } from './FigureTable';
import { TotalsGrid } from './TotalsGrid';

/**
 * A report's figures: when they were counted — recounted on every opening until the report
 * is submitted, then fixed as sent — the headline totals and every table.
 */
export function ReportFiguresView({
  figures,
  frozen,
}: {
  figures: ReportFigures;
  frozen: boolean;
}) {
  const { t } = useTranslation('reports');
  const when = formatDateTime(figures.computedAt);
  return (
    <Flex vertical gap={12} data-testid="report-figures">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('figures.title')}
      </Typography.Title>
      <Alert
        type={frozen ? 'success' : 'info'}
        showIcon
        data-testid="figures-note"
        title={frozen ? t('figures.frozen', { when }) : t('figures.live', { when })}
      />
      <TotalsGrid totals={figures.totals} />
      {figures.tables.map((table) => (
        <FigureTable key={table.key} table={table} />
      ))}
    </Flex>
  );
}
