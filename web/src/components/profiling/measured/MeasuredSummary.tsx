/**
 * The measured wall time beside the estimated makespan, with the runs it came from and the latest run's
 * status when that run did not complete.
 */
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { MeasuredView } from '../../../runs/measure/buildMeasuredView';
import { describeRunStatus, describeSummary, pluralRuns } from './describeMeasurement';
import { formatRunTime } from './formatRunTime';

export interface MeasuredSummaryProps {
  measured: MeasuredView;
}

export function MeasuredSummary({ measured }: MeasuredSummaryProps) {
  const { summary, runs, latest } = measured;
  const serverTimed = runs.every((run) => run.wallFromServer);
  const untrustedNodes = Object.values(measured.nodes).filter(
    (actual) => actual && actual.ms !== null && !actual.trusted,
  ).length;
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mt: 1 }} role="group" aria-label="Measured wall time">
      <Typography variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        {describeSummary(summary, runs)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        From {pluralRuns(runs.length)} selected in Runs (latest {formatRunTime(latest.startedAt)});{' '}
        {serverTimed ? 'wall time reported by the server' : 'wall time from the browser’s receive times'}.
        {untrustedNodes > 0 &&
          ` ${untrustedNodes} node time${untrustedNodes === 1 ? ' is' : 's are'} not trusted (marked “!”).`}{' '}
        The makespan is an estimate.
      </Typography>
      {summary.status !== 'completed' && (
        <Alert severity="warning" sx={{ mt: 1 }}>
          The latest run {describeRunStatus(summary.status)}
          {latest.error ? `: ${latest.error.message}` : ''}. Its node times cover only what ran.
        </Alert>
      )}
    </Paper>
  );
}
