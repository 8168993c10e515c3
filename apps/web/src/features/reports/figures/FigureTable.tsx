import { Card, Col, Row, Table, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useReportNames } from '../useReportNames';
import type { ReportTable } from '../vocabulary';
import { ChartPanel } from './ChartPanel';

type Cell = string | number;
interface Line {
  key: number;
  cells: Cell[];
}

/**
 * One table of a report's figures, as the document has it; a table the API marks as worth a
 * chart shows its bars beside it (below it on narrow screens). An empty one takes one line.
 */
export function FigureTable({ table }: { table: ReportTable }) {
  const { t } = useTranslation('reports');
  const names = useReportNames();
  const lines: Line[] = table.rows.map((cells, key) => ({ key, cells }));
  const numeric = (index: number) =>
    table.rows.length > 0 && table.rows.every((row) => typeof row[index] === 'number');

  const columns: TableProps<Line>['columns'] = table.columns.map((title, index) => ({
    title,
    key: String(index),
    align: numeric(index) ? 'right' : 'left',
    render: (_, line) => names.figure(line.cells[index] ?? ''),
  }));

  const chart = table.chart && table.rows.length > 0 ? table.chart : undefined;
  // Cells wrap rather than scroll; a word longer than a phone is wide still scrolls here.
  const grid = (
    <div style={{ overflowX: 'auto' }}>
      <Table<Line> size="small" columns={columns} dataSource={lines} pagination={false} />
    </div>
  );

  return (
    <Card
      size="small"
      title={table.title}
      styles={{ title: { whiteSpace: 'normal' } }}
      data-testid={`report-table-${table.key}`}
    >
      {table.rows.length === 0 ? (
        <Typography.Text type="secondary">{t('figures.noRows')}</Typography.Text>
      ) : chart ? (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={12} style={{ minWidth: 0 }}>
            {grid}
          </Col>
          <Col xs={24} xl={12} style={{ minWidth: 0 }}>
            <ChartPanel
              title={table.title}
              valueLabel={table.columns[chart.value] ?? ''}
              format={names.figure}
              bars={table.rows.map((row) => ({
                label: String(row[chart.label]),
                value: Number(row[chart.value]),
              }))}
            />
          </Col>
        </Row>
      ) : (
        grid
      )}
    </Card>
  );
}
