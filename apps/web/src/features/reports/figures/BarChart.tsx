/**
 * A table's rows as horizontal bars, largest first as the API ranks them. Loaded on demand
 * (React.lazy), so the chart library is fetched only when a report with a chart is shown.
 */
import { Grid } from 'antd';
import {
  Bar,
  BarChart as Bars,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface BarDatum {
  label: string;
  value: number;
}

const ROW_HEIGHT = 34;

/** Long labels (problems, kinds of help) are cut on the axis; the tooltip has them whole. */
const shorten = (label: string, max: number) =>
  label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** One line per bar, never wrapped (the bars are one line high); the whole label on hover. */
function LabelTick({ x, y, payload, maxChars }: TickProps & { maxChars: number }) {
  const label = String(payload?.value ?? '');
  return (
    <text x={Number(x)} y={Number(y)} dx={-6} dy={4} textAnchor="end" fontSize={12} fill="#595959">
      <title>{label}</title>
      {shorten(label, maxChars)}
    </text>
  );
}

export default function BarChart({
  bars,
  valueLabel,
  format,
}: {
  bars: BarDatum[];
  valueLabel: string;
  format: (value: number) => string;
}) {
  const wide = Grid.useBreakpoint().md ?? false;
  const labelWidth = wide ? 240 : 130;
  const maxChars = wide ? 32 : 15;

  return (
    <ResponsiveContainer width="100%" height={bars.length * ROW_HEIGHT + 16}>
      <Bars data={bars} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 0 }}>
        {/* The longest bar spans the width; the values are written at the bars' ends. */}
        <XAxis type="number" domain={[0, 'dataMax']} hide />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          tick={(props: TickProps) => <LabelTick {...props} maxChars={maxChars} />}
          interval={0}
        />
        <Tooltip
          formatter={(value) => [format(Number(value)), valueLabel]}
          cursor={{ fill: '#f5f5f5' }}
        />
        <Bar
          dataKey="value"
          name={valueLabel}
          fill="#1677ff"
          isAnimationActive={false}
          barSize={18}
        >
          <LabelList
            dataKey="value"
            position="right"
            style={{ fontSize: 12, fill: '#595959' }}
            formatter={(value) => format(Number(value))}
          />
        </Bar>
      </Bars>
    </ResponsiveContainer>
  );
}
