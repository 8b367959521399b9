/**
 * How good the estimates are against the selected runs: the median error factor (before → after
 * calibration when one is applied), per run, and the worst nodes.
 */
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import type { Profile } from '../../../profiling/types';
import { describeAccuracyChange, formatErrorFactor } from '../../../runs/calibrate/measureAccuracy';
import type { CalibrationAccuracy } from '../../../hooks/useCalibrationAccuracy';
import { formatDuration } from '../format';
import { labelNode } from '../nodeLabel';
import { formatRunTime } from './formatRunTime';

export interface AccuracySummaryProps {
  accuracy: CalibrationAccuracy;
  profile: Profile;
}

export function AccuracySummary({ accuracy, profile }: AccuracySummaryProps) {
  const { before, shown } = accuracy;
  if (shown.nodeCount === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        No trusted, completed node time in the selected runs to compare with.
      </Typography>
    );
  const headline = before
    ? describeAccuracyChange(before.medianErrorFactor, shown.medianErrorFactor)
    : `median error ${formatErrorFactor(shown.medianErrorFactor)}`;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  return (
    <section aria-label="Estimate accuracy">
      <Typography variant="subtitle2" component="h3">
        Estimate accuracy: {headline}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p">
        Error factor = max(measured/estimated, estimated/measured) over {shown.nodeCount} measured node
        {shown.nodeCount === 1 ? '' : 's'}; 1.0× is exact.
        {before ? ' Measured nodes are compared with their own runs, so “after” shows what was learned.' : ''}
      </Typography>
      <List dense aria-label="Accuracy per run" disablePadding>
        {shown.runs.map((run) => (
          <ListItem key={run.runId} disableGutters>
            <Typography variant="body2">
              Run {formatRunTime(run.startedAt)}: median error {formatErrorFactor(run.medianErrorFactor)} (
              {run.nodes} node{run.nodes === 1 ? '' : 's'})
            </Typography>
          </ListItem>
        ))}
      </List>
      <List dense aria-label="Worst estimated nodes" disablePadding>
        {(before ?? shown).worst.map((node) => {
          const after = shown.nodes.find((n) => n.nodeId === node.nodeId) ?? null;
          const row = byId.get(node.nodeId);
          return (
            <ListItem key={node.nodeId} disableGutters>
              <Typography variant="body2">
                {row ? labelNode(row) : node.nodeId}: estimated {formatDuration(node.estimatedMs)}, measured{' '}
                {formatDuration(node.measuredMs)} ({formatErrorFactor(node.errorFactor)}
                {before ? ` → ${formatErrorFactor(after?.errorFactor ?? null)}` : ''})
              </Typography>
            </ListItem>
          );
        })}
      </List>
    </section>
  );
}
