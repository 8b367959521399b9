/** One trend chart: a line per series across the workflow's versions (estimates solid, measurements dashed). */
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendPoint } from '../../../compare/buildTrendSeries';
import { ChartFigure } from '../charts/ChartFigure';
import { ChartLegend } from '../charts/ChartLegend';

export interface TrendSeries {
  key: keyof Pick<TrendPoint, 'makespanMs' | 'peakVramMb' | 'score' | 'measuredWallMs'>;
  label: string;
  color: string;
  measured?: boolean;
}

export interface TrendChartProps {
  title: string;
  subtitle: string;
  summary: string;
  points: TrendPoint[];
  series: TrendSeries[];
  format: (value: number) => string;
  /** The value axis for the largest value drawn: its ticks (optional) and their labels, in one unit. */
  axis: (maxValue: number) => { ticks?: number[]; format: (value: number) => string };
}

function TrendTooltip({
  active,
  payload,
  series,
  format,
}: {
  active?: boolean;
  payload?: { payload?: TrendPoint }[];
  series: TrendSeries[];
  format: (value: number) => string;
}) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <Paper elevation={4} sx={{ px: 1.5, py: 1 }}>
      <Typography variant="subtitle2" component="p">
        {point.label} · {point.workflowVersion.slice(0, 7)}
      </Typography>
      {series.map((s) => {
        const value = point[s.key];
        return (
          <Typography variant="body2" component="p" key={s.key}>
            {s.label}: <strong>{value === null ? 'not recorded' : format(value)}</strong>
            {s.measured && value !== null && ` (${point.runCount} run${point.runCount === 1 ? '' : 's'})`}
          </Typography>
        );
      })}
    </Paper>
  );
}

export function TrendChart({ title, subtitle, summary, points, series, format, axis }: TrendChartProps) {
  const theme = useTheme();
  let maxValue = 0;
  for (const point of points)
    for (const s of series) {
      const value = point[s.key];
      if (typeof value === 'number' && value > maxValue) maxValue = value;
    }
  const valueAxis = axis(maxValue);
  const axisText = { stroke: theme.palette.text.secondary, fontSize: 12 };
  return (
    <ChartFigure
      title={title}
      subtitle={subtitle}
      summary={summary}
      height={180}
      footer={
        <ChartLegend
          entries={series.map((s) => ({ label: s.label, color: s.color, outlined: s.measured }))}
        />
      }
    >
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid stroke={theme.palette.divider} vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fill: axisText.stroke, fontSize: axisText.fontSize }}
          stroke={theme.palette.divider}
        />
        <YAxis
          tickFormatter={valueAxis.format}
          {...(valueAxis.ticks
            ? { ticks: valueAxis.ticks, domain: [0, valueAxis.ticks[valueAxis.ticks.length - 1] ?? 0] }
            : {})}
          tick={{ fill: axisText.stroke, fontSize: axisText.fontSize }}
          stroke={theme.palette.divider}
          width={56}
        />
        <Tooltip content={<TrendTooltip series={series} format={format} />} />
        {series.map((s) => (
          <Line
            key={s.key}
            type="monotone"
            dataKey={s.key}
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.measured ? '5 4' : undefined}
            dot={{ r: 3, fill: s.color }}
            connectNulls
            // Not animated: recharts measures the path for its draw-in animation before the container has its
            // final width, and the line then stayed cut short (seen in Chromium).
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ChartFigure>
  );
}
