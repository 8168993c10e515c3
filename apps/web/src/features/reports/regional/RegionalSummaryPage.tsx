import { REPORT_KIND_LABELS } from '@postcare/domain';
import { Alert, Empty, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { FigureTable } from '../figures/FigureTable';
import { REGIONAL_PATH } from '../paths';
import { useReportNames } from '../useReportNames';
import { DEPARTMENT_KINDS, HALVES, MONTHS, type ReportKind } from '../vocabulary';
import { yearOptions } from '../yearOptions';
import { SummaryTotals } from './SummaryTotals';
import { useRegionalSummary } from './useRegional';
import { useSummaryParams } from './useRegionalParams';
import { PageTitle } from '../../../shared/ui/PageTitle';

/**
 * «Сводный отчёт»: one period of a department kind summed over the institutions the user
 * oversees — the headline figures per institution and in sum, the tables summed by row,
 * and which institutions have not handed the report in. No person appears anywhere.
 */
export function RegionalSummaryPage() {
  const { t } = useTranslation('reports');
  const labelOf = useLabel();
  const names = useReportNames();
  const params = useSummaryParams();
  const { kind, year, month, half } = params;
  const summary = useRegionalSummary({ kind, year, month, half });
  const data = summary.data;

  return (
    <Flex vertical gap={16} data-testid="regional-summary-page" style={{ minWidth: 0 }}>
      <Link to={REGIONAL_PATH}>{t('regional.backToList')}</Link>
      <PageTitle style={{ margin: 0 }}>{t('summary.title')}</PageTitle>
      <Flex wrap gap={12} align="center" data-testid="summary-period">
        <Select<ReportKind>
          aria-label={t('fields.kind')}
          style={{ width: 280, maxWidth: '100%' }}
          value={kind}
          onChange={params.setKind}
          options={DEPARTMENT_KINDS.map((value) => ({
            value,
            label: labelOf(REPORT_KIND_LABELS, value),
          }))}
        />
        <Select<number>
          aria-label={t('fields.year')}
          style={{ width: 110 }}
          value={year}
          onChange={(next) => params.setPeriod({ year: next })}
          options={yearOptions(new Date().getFullYear(), year).map((value) => ({
            value,
            label: String(value),
          }))}
        />
        {month !== undefined && (
          <Select<number>
            aria-label={t('fields.month')}
            style={{ width: 160 }}
            value={month}
            onChange={(next) => params.setPeriod({ month: next })}
            options={MONTHS.map((value) => ({ value, label: names.monthName(value) }))}
          />
        )}
        {half !== undefined && (
          <Select<number>
            aria-label={t('fields.half')}
            style={{ width: 180 }}
            value={half}
            onChange={(next) => params.setPeriod({ half: next })}
            options={HALVES.map((value) => ({ value, label: names.halfName(value) }))}
          />
        )}
      </Flex>
      <ProblemAlert error={summary.error} />
      {data && (
        <>
          <Typography.Text type="secondary">
            {t('summary.period', {
              kind: labelOf(REPORT_KIND_LABELS, data.kind),
              from: formatDate(data.periodFrom),
              to: formatDate(data.periodTo),
            })}
          </Typography.Text>
          {data.missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="summary-missing"
              title={t('summary.missing', { n: data.missing.length })}
              description={data.missing.map((institution) => institution.name).join('; ')}
            />
          ) : (
            data.counted.length > 0 && (
              <Alert type="success" showIcon title={t('summary.allHandedIn')} />
            )
          )}
          {data.counted.length === 0 ? (
            <Empty description={t('summary.nothingHandedIn')} />
          ) : (
            <>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('summary.totals', { n: data.counted.length })}
              </Typography.Title>
              <Typography.Text type="secondary">{t('summary.masked')}</Typography.Text>
              <SummaryTotals summary={data} />
              {data.tables.map((table) => (
                <FigureTable
                  key={table.key}
                  table={{
                    key: table.key,
                    title: table.title,
                    columns: [t('summary.row'), table.valueLabel],
                    rows: table.rows.map((row) => [row.label, row.value]),
                    chart: { label: 0, value: 1 },
                  }}
                />
              ))}
            </>
          )}
        </>
      )}
    </Flex>
  );
}
