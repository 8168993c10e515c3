import { LIFE_DOMAIN_LABELS } from '@postcare/domain';
/**
 * The dynamics as small multiples: one small line chart per life domain, the y axis the
 * 1–4 scale with its words. Loaded on demand (React.lazy), so the chart library is
 * fetched only when the monitoring tab shows a chart.
 */
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../shared/vocabulary/useLabel';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type DotItemDotProps,
  type TooltipContentProps,
} from 'recharts';
import { formatDate } from '../../graduates/format';
import { ChangeValue } from '../assessments/ScoreTag';
import { SCORE_HEX, SCORES, isScore, type DomainSeries } from '../vocabulary';

interface Point {
  index: number;
  assessedOn: string;
  score: number;
}

const SHORT_DATE = (iso: string) => formatDate(iso).replace(/\.(\d{2})(\d{2})$/, '.$2');

/** A dot coloured by its score (the score's word is in the axis and the tooltip). */
function ScoreDot({ cx, cy, payload }: DotItemDotProps) {
  const score = (payload as Point | undefined)?.score ?? 0;
  if (cx === undefined || cy === undefined) return null;
  return (
    <circle
      cx={cx}
      cy={cy}
      r={5}
      stroke="#fff"
      strokeWidth={1.5}
      fill={isScore(score) ? SCORE_HEX[score] : '#8c8c8c'}
      className="dynamics-dot"
      data-score={score}
    />
  );
}

function PointTooltip({ active, payload }: TooltipContentProps) {
  const { t } = useTranslation('monitoring');
  const point = active ? (payload?.[0]?.payload as Point | undefined) : undefined;
  if (!point) return null;
  return (
    <div
      style={{
        background: '#fff',
        border: '1px solid #d9d9d9',
        borderRadius: 6,
        padding: '4px 8px',
        fontSize: 12,
      }}
    >
      {t('dynamics.point', {
        date: formatDate(point.assessedOn),
        score: point.score,
        label: isScore(point.score) ? t(`scores.${point.score}`) : '',
      })}
    </div>
  );
}

function DomainChart({ series }: { series: DomainSeries }) {
  const { t } = useTranslation('monitoring');
  const labelOf = useLabel();
  const domain = labelOf(LIFE_DOMAIN_LABELS, series.domain);
  const data: Point[] = series.points.map((point, index) => ({
    index,
    assessedOn: point.assessedOn,
    score: point.score,
  }));
  // A text equivalent of the chart for screen readers.
  const summary = data
    .map((point) =>
      t('dynamics.point', {
        date: formatDate(point.assessedOn),
        score: point.score,
        label: isScore(point.score) ? t(`scores.${point.score}`) : '',
      }),
    )
    .join('; ');

  return (
    <Card
      size="small"
      data-testid={`dynamics-${series.domain}`}
      data-points={data.length}
      title={domain}
      styles={{ body: { padding: '8px 8px 0 0' } }}
    >
      <div role="img" aria-label={`${t('dynamics.chartLabel', { domain })}: ${summary}`}>
        <ResponsiveContainer width="100%" height={170}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <ReferenceArea
              y1={0.75}
              y2={1.5}
              fill="#fff1f0"
              fillOpacity={0.9}
              ifOverflow="hidden"
            />
            <CartesianGrid vertical={false} stroke="#f0f0f0" />
            <XAxis
              dataKey="index"
              type="category"
              tickFormatter={(index: number) => SHORT_DATE(data[index]?.assessedOn ?? '')}
              tick={{ fontSize: 11 }}
              padding={{ left: 16, right: 16 }}
              interval="preserveStartEnd"
            />
            <YAxis
              domain={[0.75, 4.25]}
              ticks={[...SCORES]}
              allowDecimals={false}
              width={128}
              tick={{ fontSize: 11 }}
              tickFormatter={(value: number) =>
                // A no-break space: the axis would wrap «4 Самостоятельно» into two lines.
                isScore(value) ? `${value}\u00a0${t(`scores.${value}`)}` : String(value)
              }
            />
            <Tooltip content={(props) => <PointTooltip {...props} />} />
            <Line
              type="linear"
              dataKey="score"
              name={domain}
              stroke="#595959"
              strokeWidth={2}
              dot={(props: DotItemDotProps) => <ScoreDot key={props.index} {...props} />}
              activeDot={{ r: 7 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <Flex gap={16} wrap style={{ fontSize: 12, padding: '0 0 8px 12px' }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assessment.sincePrevious')}: <ChangeValue value={series.changeSincePrevious} />
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('assessment.sinceFirst')}: <ChangeValue value={series.changeSinceFirst} />
        </Typography.Text>
      </Flex>
    </Card>
  );
}

export default function DynamicsChart({ series }: { series: DomainSeries[] }) {
  return (
    <div
      data-testid="dynamics-chart"
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))',
        gap: 12,
      }}
    >
      {series.map((item) => (
        <DomainChart key={item.domain} series={item} />
      ))}
    </div>
  );
}
