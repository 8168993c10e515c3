import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
import { Alert, Empty, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import { Component, lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import { ProblemAlert } from '../../../shared/ui/ProblemAlert';
import { formatDate } from '../../graduates/format';
import { ChangeValue, ScoreTag } from '../assessments/ScoreTag';
import type { DomainSeries } from '../vocabulary';

// The chart library is loaded only here, in a chunk of its own.
const DynamicsChart = lazy(() => import('./DynamicsChart'));

type View = 'chart' | 'table';

/** Shows the fallback (the table) when the chart's chunk cannot be loaded or drawn. */
class ChartBoundary extends Component<{ fallback: ReactNode; children: ReactNode }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The dynamics as a table: one row per domain, one column per assessment, then the changes. */
function DynamicsTable({ series }: { series: DomainSeries[] }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const points = series[0]?.points ?? [];
  return (
    <Table<DomainSeries>
      rowKey="domain"
      size="small"
      pagination={false}
      data-testid="dynamics-table"
      dataSource={series}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('assessment.domain'),
          dataIndex: 'domain',
          fixed: 'left',
          render: (_, { domain }) => labelOf(LIFE_DOMAIN_LABELS, domain),
        },
        ...points.map((point, index) => ({
          title: formatDate(point.assessedOn),
          key: point.assessmentId,
          render: (_: unknown, row: DomainSeries) => {
            const score = row.points[index]?.score;
            return score === undefined ? t('common.none') : <ScoreTag score={score} />;
          },
        })),
        {
          title: t('assessment.sincePrevious'),
          key: 'previous',
          render: (_, row) => <ChangeValue value={row.changeSincePrevious} />,
        },
        {
          title: t('assessment.sinceFirst'),
          key: 'first',
          render: (_, row) => <ChangeValue value={row.changeSinceFirst} />,
        },
      ]}
    />
  );
}

/**
 * «Динамика»: each life domain's scores over the assessments, as small charts (the chart
 * library is loaded on demand) or as a table.
 */
export function DynamicsSection({
  series,
  loading,
  error,
}: {
  series: DomainSeries[] | undefined;
  loading: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('monitoring');
  const [view, setView] = useState<View>('chart');
  const count = series?.[0]?.points.length ?? 0;
  const table = series ? <DynamicsTable series={series} /> : null;

  return (
    <Flex vertical gap={12} data-testid="dynamics-section">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('dynamics.title')}
        </Typography.Title>
        {count > 0 && (
          <Segmented<View>
            aria-label={t('dynamics.view')}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', label: t('dynamics.chart') },
              { value: 'table', label: t('dynamics.table') },
            ]}
          />
        )}
      </Flex>
      <ProblemAlert error={error} />
      {loading ? (
        <Skeleton active />
      ) : !series || count === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dynamics.none')} />
      ) : (
        <>
          {count === 1 && (
            <Typography.Text type="secondary">{t('dynamics.onePoint')}</Typography.Text>
          )}
          {view === 'table' ? (
            table
          ) : (
            <ChartBoundary
              fallback={
                <Flex vertical gap={8}>
                  <Alert type="warning" showIcon title={t('dynamics.chartFailed')} />
                  {table}
                </Flex>
              }
            >
              <Suspense fallback={<Skeleton active aria-label={t('dynamics.loading')} />}>
                <DynamicsChart series={series} />
              </Suspense>
            </ChartBoundary>
          )}
        </>
      )}
    </Flex>
  );
}
