/**
 * The estimated schedule as a Gantt chart: one floating bar per task from its start to its end, in start
 * order, critical-path tasks in the critical-path colour. The lane (GPU or worker) is in the tooltip.
 */
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Profile } from '../../../profiling/types';
import { formatDuration, formatDurationTick } from '../format';
import { getBarColor, getCriticalPathColor } from '../profileColors';
import { buildTimelineSeries, type TimelineRow } from './buildChartSeries';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { ChartTooltipCard, firstPayloadRow } from './ChartTooltip';
import { buildTimeTicks } from './timeTicks';
import { labelAxisProps, rowCursor, valueAxisProps } from './barChartAxes';

export interface TimelineChartProps {
  profile: Profile;
  /** Rows shown. @default 30 */
  maxRows?: number;
  onSelectNode?: (nodeId: string) => void;
  animate?: boolean;
}

export function TimelineChart({ profile, maxRows = 30, onSelectNode, animate = true }: TimelineChartProps) {
  const theme = useTheme();
  const series = buildTimelineSeries(profile, maxRows);
  const critical = getCriticalPathColor(theme);
  const normal = getBarColor(theme);
  const height = Math.max(140, series.rows.length * 24 + 48);
  const ticks = buildTimeTicks(series.makespanMs);
  const shown = series.rows.length;
  const subtitle =
    shown < series.scheduledCount
      ? `Estimated schedule on ${series.lanes.length} lanes; ${shown} of ${series.scheduledCount} tasks (critical path + longest)`
      : `Estimated schedule on ${series.lanes.length} lanes; makespan ${formatDuration(series.makespanMs)}`;

  return (
    <ChartFigure
      title="Schedule timeline"
      subtitle={subtitle}
      summary={`Estimated makespan ${formatDuration(series.makespanMs)} across ${series.lanes.join(', ')}. ${shown} tasks shown, critical path highlighted.`}
      height={height}
      footer={
        <ChartLegend
          entries={[
            { label: 'Critical path', color: critical },
            { label: 'Other tasks', color: normal },
          ]}
        />
      }
    >
      <BarChart data={series.rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
        <XAxis
          {...valueAxisProps(theme, formatDurationTick)}
          domain={[0, ticks[ticks.length - 1] ?? 0]}
          ticks={ticks}
        />
        <YAxis {...labelAxisProps(theme, 11)} interval={0} />
        <Tooltip
          cursor={rowCursor(theme)}
          content={({ payload }) => {
            const row = firstPayloadRow<TimelineRow>(payload);
            if (!row) return null;
            return (
              <ChartTooltipCard
                title={row.label}
                subtitle={row.lane}
                lines={[
                  { label: 'Start', value: formatDuration(row.startMs) },
                  { label: 'End', value: formatDuration(row.endMs) },
                  { label: 'Duration', value: formatDuration(row.durationMs) },
                  ...(row.onCriticalPath ? [{ label: 'Critical path', value: 'yes' }] : []),
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="range"
          name="Scheduled"
          isAnimationActive={animate}
          animationDuration={400}
          minPointSize={2}
          radius={2}
          cursor={onSelectNode ? 'pointer' : undefined}
          onClick={(data: { payload?: TimelineRow }) => {
            const nodeId = data.payload?.nodeId;
            if (nodeId && onSelectNode) onSelectNode(nodeId);
          }}
          shape={(props: BarShapeProps) => (
            <Rectangle {...props} fill={(props.payload as TimelineRow).onCriticalPath ? critical : normal} />
          )}
        />
      </BarChart>
    </ChartFigure>
  );
}
