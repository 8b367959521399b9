/**
 * The Trend view: the workflow across its versions on the selected device — estimated makespan with the
 * measured wall time, peak VRAM and score — drawn from the stored versions and the run history.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { useProfileTrend } from '../../../hooks/useProfileTrend';
import {
  formatCount,
  formatDuration,
  durationTickFormatter,
  formatMegabytes,
  megabytesTickFormatter,
} from '../format';
import { buildTimeTicks } from '../charts/timeTicks';
import { TrendChart } from './TrendChart';

export interface TrendViewProps {
  workflowId: string;
}

export function TrendView({ workflowId }: TrendViewProps) {
  const theme = useTheme();
  const { points, hardware, otherDeviceCount, loading, error } = useProfileTrend(workflowId);
  const estimated = points.filter((p) => p.makespanMs !== null);
  const measured = points.filter((p) => p.measuredWallMs !== null);
  const first = estimated[0];
  const last = estimated.at(-1);
  return (
    <Box sx={{ pt: 1 }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        {points.length} version{points.length === 1 ? '' : 's'} of this workflow: estimates on {hardware.name}
        {measured.length > 0 ? `, measured wall time of the runs of ${measured.length} of them` : ''}.
        {otherDeviceCount > 0 &&
          ` ${otherDeviceCount} version${otherDeviceCount === 1 ? ' was' : 's were'} estimated on other devices only: pick that device to see ${otherDeviceCount === 1 ? 'it' : 'them'}.`}
      </Typography>
      {error && (
        <Alert severity="warning" sx={{ mb: 1.5 }}>
          {error}
        </Alert>
      )}
      {points.length === 0 ? (
        <Alert severity="info">
          {loading
            ? 'Reading the stored versions…'
            : 'No version of this workflow has been estimated yet on this device. Each edit that changes the cost is kept as a version.'}
        </Alert>
      ) : (
        <Box
          sx={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 320px), 1fr))',
            gap: 3,
          }}
        >
          <TrendChart
            title="Time per version"
            subtitle="Estimated makespan (solid) and median measured wall time (dashed)"
            summary={
              first && last
                ? `Estimated makespan from ${formatDuration(first.makespanMs!)} (${first.label}) to ${formatDuration(last.makespanMs!)} (${last.label}).`
                : 'No estimate on this device yet.'
            }
            points={points}
            series={[
              { key: 'makespanMs', label: 'Estimated makespan', color: theme.palette.primary.main },
              {
                key: 'measuredWallMs',
                label: measured.length > 0 ? 'Measured wall time' : 'Measured wall time (no runs yet)',
                color: theme.palette.secondary.main,
                measured: true,
              },
            ]}
            format={formatDuration}
            axis={(max) => {
              const ticks = buildTimeTicks(max);
              return { ticks, format: durationTickFormatter(ticks) };
            }}
          />
          <TrendChart
            title="Peak VRAM per version"
            subtitle="Estimated"
            summary={
              first && last
                ? `Estimated peak VRAM from ${formatMegabytes(first.peakVramMb!)} to ${formatMegabytes(last.peakVramMb!)}.`
                : 'No estimate on this device yet.'
            }
            points={points}
            series={[{ key: 'peakVramMb', label: 'Peak VRAM', color: theme.palette.primary.dark }]}
            format={formatMegabytes}
            axis={(max) => ({ format: megabytesTickFormatter(max) })}
          />
          <TrendChart
            title="Score per version"
            subtitle="0–100, estimated"
            summary={
              first && last
                ? `Score from ${first.score ?? 'none'} (${first.grade ?? '–'}) to ${last.score ?? 'none'} (${last.grade ?? '–'}).`
                : 'No estimate on this device yet.'
            }
            points={points}
            series={[{ key: 'score', label: 'Score', color: theme.palette.success.main }]}
            format={(value) => formatCount(value)}
            axis={() => ({ format: (value) => formatCount(value) })}
          />
        </Box>
      )}
    </Box>
  );
}
