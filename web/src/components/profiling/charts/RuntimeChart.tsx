/**
 * Runtime per node: the slowest nodes as horizontal bars, critical-path nodes in the critical-path colour.
 * The "other" aggregate (a sum of many nodes) is stated as text under the chart, not drawn as a bar: on a
 * large workflow it would set the axis and shrink every node bar. Clicking a node's bar selects it.
 */
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { Profile } from '../../../profiling/types';
import { durationTickFormatter, formatDuration, formatShare } from '../format';
import { getBarColor, getCriticalPathColor } from '../profileColors';
import { buildRuntimeSeries, type RuntimeBar } from './buildChartSeries';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { ChartTooltipCard, firstPayloadRow } from './ChartTooltip';
import { buildTimeTicks } from './timeTicks';
import { labelAxisProps, rowCursor, valueAxisProps } from './barChartAxes';

export interface RuntimeChartProps {
  profile: Profile;
  /** Bars before "other". @default 10 */
  topN?: number;
  onSelectNode?: (nodeId: string) => void;
  animate?: boolean;
}

export function RuntimeChart({ profile, topN = 10, onSelectNode, animate = true }: RuntimeChartProps) {
  const theme = useTheme();
  const series = buildRuntimeSeries(profile, topN);
  const nodeBars = series.bars.filter((bar) => !bar.isOther);
  const other = series.bars.find((bar) => bar.isOther);
  const colorOf = (bar: RuntimeBar) =>
    bar.onCriticalPath ? getCriticalPathColor(theme) : getBarColor(theme);
  const first = nodeBars[0];
  const otherText = other
    ? `${other.label}: ${formatDuration(other.runtimeMs)} in total (${formatShare(other.share)} of total runtime), not drawn — a sum of many nodes would set the scale.`
    : null;
  const summary = first
    ? `Slowest node: ${first.label}, ${formatDuration(first.runtimeMs)} (${formatShare(first.share)} of total runtime). ${nodeBars.length} bars shown.${otherText ? ` ${otherText}` : ''}`
    : 'No node has a runtime.';
  const height = Math.max(120, nodeBars.length * 28 + 40);
  const ticks = buildTimeTicks(Math.max(0, ...nodeBars.map((bar) => bar.runtimeMs)));

  return (
    <ChartFigure
      title="Runtime per node"
      subtitle={`Estimated; top ${Math.min(topN, series.costedNodeCount)} of ${series.costedNodeCount} costed nodes, critical path highlighted`}
      summary={summary}
      height={height}
      footer={
        <>
          {otherText && (
            <Typography variant="caption" color="text.secondary" component="p">
              {otherText}
            </Typography>
          )}
          <ChartLegend
            entries={[
              { label: 'Critical path', color: getCriticalPathColor(theme) },
              { label: 'Not on the critical path', color: getBarColor(theme) },
            ]}
          />
        </>
      }
    >
      <BarChart
        data={nodeBars}
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
        <YAxis {...labelAxisProps(theme)} />
        <Tooltip
          cursor={rowCursor(theme)}
          content={({ payload }) => {
            const bar = firstPayloadRow<RuntimeBar>(payload);
            if (!bar) return null;
            return (
              <ChartTooltipCard
                title={bar.label}
                subtitle={bar.type}
                lines={[
                  { label: 'Runtime', value: formatDuration(bar.runtimeMs) },
                  { label: 'Share of total', value: formatShare(bar.share) },
                  ...(bar.onCriticalPath ? [{ label: 'Critical path', value: 'yes' }] : []),
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="runtimeMs"
          name="Runtime"
          isAnimationActive={animate}
          animationDuration={400}
          radius={[0, 3, 3, 0]}
          cursor={onSelectNode ? 'pointer' : undefined}
          onClick={(data: { payload?: RuntimeBar }) => {
            const nodeId = data.payload?.nodeId;
            if (nodeId && onSelectNode) onSelectNode(nodeId);
          }}
          shape={(props: BarShapeProps) => (
            <Rectangle {...props} fill={colorOf(props.payload as RuntimeBar)} />
          )}
        />
      </BarChart>
    </ChartFigure>
  );
}
