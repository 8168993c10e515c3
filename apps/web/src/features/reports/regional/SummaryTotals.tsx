import type { Schemas } from '@postcare/api-client';
import { Grid, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportNames } from '../useReportNames';

type Summary = Schemas['RegionalSummaryDto'];
type Total = Schemas['RegionalTotalDto'];

/**
 * The headline figures: one row per figure, one column per institution that handed its
 * report in (as the API displays them, «<3» for small counts), and the sum.
 */
export function SummaryTotals({ summary }: { summary: Summary }) {
  const { t } = useTranslation('reports');
  const names = useReportNames();
  // The figure's name stays in view while many institutions scroll past; on a wide screen it
  // also takes the room the number columns leave.
  const wide = Grid.useBreakpoint().md ?? false;
  const columns: TableProps<Total>['columns'] = [
    {
      title: t('summary.figure'),
      key: 'label',
      fixed: 'left',
      ...(wide ? { minWidth: 300 } : { width: 150 }),
      render: (_, total) => total.label,
    },
    ...summary.counted.map((institution) => ({
      title: institution.name,
      key: institution.id,
      width: 160,
      align: 'right' as const,
      render: (_: unknown, total: Total) =>
        total.byInstitution.find((cell) => cell.institutionId === institution.id)?.display ?? '—',
    })),
    {
      title: t('summary.sum'),
      key: 'sum',
      align: 'right',
      width: 110,
      render: (_, total) => (
        <Typography.Text strong>
          {total.value === null ? total.display : names.figure(total.value)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Table<Total>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={summary.totals}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="summary-totals"
    />
  );
}
