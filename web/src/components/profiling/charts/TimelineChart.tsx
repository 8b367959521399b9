/**
 * The estimated schedule as a Gantt chart: one floating bar per task from its start to its end, in start
 * order, critical-path tasks in the critical-path colour. The lane (GPU or worker) is in the tooltip.
 */
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Profile } from '../../../profiling/types';
import type { RunRecord } from '../../../runs/types';
import { formatRunTime } from '../measured/formatRunTime';
import { buildMeasuredTimeline, type MeasuredTimelineRow } from './buildMeasuredTimeline';
import { durationTickFormatter, formatDuration } from '../format';
import { pluralize } from '../../../text/pluralize';
import { getBarColor, getCriticalPathColor, tint } from '../profileColors';
import { useMemo } from 'react';
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
  /** A measured run: its node spans are drawn as outlined bars beside the estimated ones. */
  measuredRun?: RunRecord | null;
}

export function TimelineChart({
  profile,
  maxRows = 30,
  onSelectNode,
  animate = true,
  measuredRun = null,
}: TimelineChartProps) {
  const theme = useTheme();
  const series = buildTimelineSeries(profile, maxRows);
  const critical = getCriticalPathColor(theme);
  const normal = getBarColor(theme);
  const measured = useMemo(() => buildMeasuredTimeline(series.rows, measuredRun), [series, measuredRun]);
  const showMeasured = measured.measuredCount > 0;
  const measuredColor = theme.palette.info.main;
  const height = Math.max(140, series.rows.length * (showMeasured ? 34 : 24) + 48);
  const ticks = buildTimeTicks(Math.max(series.makespanMs, measured.measuredEndMs));
  const shown = series.rows.length;
  const measuredNote =
    showMeasured && measuredRun
      ? `. Measured: ${measured.measuredCount} of ${shown} tasks in the run of ${formatRunTime(measuredRun.startedAt)}`
      : '';
  const subtitle =
    shown < series.scheduledCount
      ? `Estimated schedule on ${pluralize(series.lanes.length, 'lane')}; ${shown} of ${series.scheduledCount} tasks (critical path + longest)`
      : `Estimated schedule on ${pluralize(series.lanes.length, 'lane')}; makespan ${formatDuration(series.makespanMs)}`;
  const legend = [
    { label: 'Estimated: critical path', color: critical },
    { label: 'Estimated: other tasks', color: normal },
    ...(showMeasured
      ? [{ label: 'Measured (latest selected run)', color: measuredColor, outlined: true }]
      : []),
  ];

  return (
    <ChartFigure
      title="Schedule timeline"
      subtitle={`${subtitle}${measuredNote}`}
      summary={`Estimated makespan ${formatDuration(series.makespanMs)} across ${series.lanes.join(', ')}. ${shown} tasks shown, critical path highlighted${measuredNote}.`}
      height={height}
      footer={<ChartLegend entries={legend} />}
    >
      <BarChart
        data={measured.rows}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
        <XAxis
          {...valueAxisProps(theme, durationTickFormatter(ticks))}
          domain={[0, ticks[ticks.length - 1] ?? 0]}
          ticks={ticks}
        />
        <YAxis {...labelAxisProps(theme, 11)} interval={0} />
        <Tooltip
          cursor={rowCursor(theme)}
          content={({ payload }) => {
            const row = firstPayloadRow<MeasuredTimelineRow>(payload);
            if (!row) return null;
            const measuredLines = row.measured
              ? [
                  {
                    label: 'Measured',
                    value: `${formatDuration(row.measuredMs ?? row.measured[1] - row.measured[0])}${row.measuredExecutions > 1 ? ` ×${row.measuredExecutions}` : ''}${row.measuredTrusted ? '' : ' (not trusted)'}`,
                  },
                ]
              : [];
            return (
              <ChartTooltipCard
                title={row.label}
                subtitle={row.lane}
                lines={[
                  { label: 'Estimated start', value: formatDuration(row.startMs) },
                  { label: 'Estimated end', value: formatDuration(row.endMs) },
                  { label: 'Estimated duration', value: formatDuration(row.durationMs) },
                  ...measuredLines,
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
        {showMeasured && (
          <Bar
            dataKey="measured"
            name="Measured"
            isAnimationActive={animate}
            animationDuration={400}
            minPointSize={2}
            radius={2}
            fill={tint(measuredColor, 0.25)}
            stroke={measuredColor}
            strokeWidth={1.5}
          />
        )}
      </BarChart>
    </ChartFigure>
  );
}
