/**
 * Memory per node: RAM and VRAM side by side for the nodes with the largest footprint.
 */
import { useTheme } from '@mui/material/styles';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { Profile } from '../../../profiling/types';
import { formatMegabytes, megabytesTickFormatter } from '../format';
import { getRamBarColor, getVramBarColor } from '../profileColors';
import { buildMemorySeries, type MemoryBar } from './buildChartSeries';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './ChartLegend';
import { ChartTooltipCard, firstPayloadRow } from './ChartTooltip';
import { labelAxisProps, rowCursor, valueAxisProps } from './barChartAxes';

export interface MemoryChartProps {
  profile: Profile;
  /** Nodes shown. @default 10 */
  topN?: number;
  onSelectNode?: (nodeId: string) => void;
  animate?: boolean;
}

export function MemoryChart({ profile, topN = 10, onSelectNode, animate = true }: MemoryChartProps) {
  const theme = useTheme();
  const series = buildMemorySeries(profile, topN);
  const first = series.bars[0];
  const summary = first
    ? `Largest footprint: ${first.label}, ${formatMegabytes(first.memoryMb)} RAM and ${formatMegabytes(first.vramMb)} VRAM.`
    : 'No node uses memory.';
  const height = Math.max(120, series.bars.length * 34 + 40);
  const select = (data: { payload?: MemoryBar }) => {
    const nodeId = data.payload?.nodeId;
    if (nodeId && onSelectNode) onSelectNode(nodeId);
  };

  return (
    <ChartFigure
      title="Memory per node"
      subtitle={`Estimated peak per node; top ${Math.min(topN, series.nodeWithMemoryCount)} of ${series.nodeWithMemoryCount} nodes using memory`}
      summary={summary}
      height={height}
      footer={
        <ChartLegend
          entries={[
            { label: 'RAM', color: getRamBarColor(theme) },
            { label: 'VRAM', color: getVramBarColor(theme) },
          ]}
        />
      }
    >
      <BarChart
        data={series.bars}
        layout="vertical"
        accessibilityLayer={false}
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        barGap={1}
      >
        <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
        <XAxis
          {...valueAxisProps(
            theme,
            megabytesTickFormatter(
              Math.max(0, ...series.bars.map((bar) => Math.max(bar.memoryMb, bar.vramMb))),
            ),
          )}
        />
        <YAxis {...labelAxisProps(theme)} />
        <Tooltip
          cursor={rowCursor(theme)}
          content={({ payload }) => {
            const bar = firstPayloadRow<MemoryBar>(payload);
            if (!bar) return null;
            return (
              <ChartTooltipCard
                title={bar.label}
                subtitle={bar.type}
                lines={[
                  { label: 'RAM', value: formatMegabytes(bar.memoryMb) },
                  { label: 'VRAM', value: formatMegabytes(bar.vramMb) },
                ]}
              />
            );
          }}
        />
        <Bar
          dataKey="memoryMb"
          name="RAM"
          fill={getRamBarColor(theme)}
          isAnimationActive={animate}
          animationDuration={400}
          radius={[0, 3, 3, 0]}
          onClick={select}
          cursor={onSelectNode ? 'pointer' : undefined}
        />
        <Bar
          dataKey="vramMb"
          name="VRAM"
          fill={getVramBarColor(theme)}
          isAnimationActive={animate}
          animationDuration={400}
          radius={[0, 3, 3, 0]}
          onClick={select}
          cursor={onSelectNode ? 'pointer' : undefined}
        />
      </BarChart>
    </ChartFigure>
  );
}
