import { Skeleton, Typography } from 'antd';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarDatum } from './BarChart';

// The chart library is loaded only here, in a chunk of its own.
const BarChart = lazy(() => import('./BarChart'));

/** Without the chart (its chunk failed to load or draw) the table beside it still says it all. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A bar chart of a table's rows, described in words for screen readers. */
export function ChartPanel({
  title,
  bars,
  valueLabel,
  format,
}: {
  title: string;
  bars: BarDatum[];
  valueLabel: string;
  format: (value: number) => string;
}) {
  const { t } = useTranslation('reports');
  const summary = bars.map((bar) => `${bar.label}: ${format(bar.value)}`).join('; ');
  return (
    <div
      role="img"
      aria-label={t('figures.chartLabel', { title, summary })}
      data-testid="report-chart"
      style={{ minWidth: 0 }}
    >
      <ChartBoundary
        fallback={<Typography.Text type="secondary">{t('figures.chartFailed')}</Typography.Text>}
      >
        <Suspense fallback={<Skeleton active paragraph={{ rows: 3 }} />}>
          <BarChart bars={bars} valueLabel={valueLabel} format={format} />
        </Suspense>
      </ChartBoundary>
    </div>
  );
}
