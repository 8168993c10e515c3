import { Typography, theme } from 'antd';
import { useReportNames } from '../useReportNames';
import type { ReportTotal } from '../vocabulary';

/** The headline figures as small cards: the number large, what it counts below. */
export function TotalsGrid({ totals }: { totals: ReportTotal[] }) {
  const { token } = theme.useToken();
  const names = useReportNames();
  return (
    <div
      data-testid="report-totals"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 150px), 1fr))',
        gap: 8,
      }}
    >
      {totals.map((total) => (
        <div
          key={total.key}
          data-testid={`report-total-${total.key}`}
          style={{
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadius,
            background: token.colorBgContainer,
            padding: '8px 12px',
          }}
        >
          <Typography.Text strong style={{ fontSize: 20, display: 'block', lineHeight: 1.3 }}>
            {names.figure(total.value)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {total.label}
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}
