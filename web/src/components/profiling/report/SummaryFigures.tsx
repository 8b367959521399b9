/**
 * The summary figures of a profile: runtime, critical path, makespan, peak RAM and VRAM against the device,
 * parallel opportunities and nodes without a metric definition. Every number is an estimate with its source.
 */
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Assumption, Profile } from '../../../profiling/types';
import { formatCount, formatDuration, formatMegabytes, formatShare } from '../format';
import { EstimateValue } from './EstimateValue';
import { assessMemoryFit } from './memoryFit';
import { CUSTOM_METRICS_HEADING_ID } from '../custom/CustomMetricsSection';

interface FigureProps {
  label: string;
  children: ReactNode;
  hint?: ReactNode;
}

function Figure({ label, children, hint }: FigureProps) {
  return (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 0 }} role="group" aria-label={label}>
      <Typography
        variant="caption"
        color="text.secondary"
        component="p"
        sx={{ textTransform: 'uppercase', letterSpacing: 0.4 }}
      >
        {label}
      </Typography>
      <Typography variant="h6" component="p" sx={{ fontWeight: 600, lineHeight: 1.3 }}>
        {children}
      </Typography>
      {hint && (
        <Typography variant="caption" color="text.secondary" component="p">
          {hint}
        </Typography>
      )}
    </Paper>
  );
}

/** The assumptions shared by every workflow-level figure. */
function workflowAssumptions(profile: Profile): Assumption[] {
  return [
    { key: 'hardware', label: 'Hardware', value: profile.hardware.name },
    { key: 'workers', label: 'Concurrent CPU / remote workers', value: profile.options.workers },
    { key: 'gpuLanes', label: 'GPU lanes (GPU nodes share the device)', value: profile.options.gpuLanes },
    {
      key: 'defaultItemCount',
      label: 'Items per list when unknown',
      value: profile.options.defaultItemCount,
    },
  ];
}

export interface SummaryFiguresProps {
  profile: Profile;
}

export function SummaryFigures({ profile }: SummaryFiguresProps) {
  const { summary } = profile;
  const assumptions = workflowAssumptions(profile);
  const fit = assessMemoryFit(profile);
  const speedup = summary.makespanMs > 0 ? summary.totalRuntimeMs / summary.makespanMs : 1;

  return (
    <Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1 }}>
        <Figure label="Total runtime" hint="sum of all nodes">
          <EstimateValue
            label="Total runtime"
            source="Sum of every node's estimated runtime (sequential execution)."
            assumptions={assumptions}
          >
            {formatDuration(summary.totalRuntimeMs)}
          </EstimateValue>
        </Figure>
        <Figure
          label="Critical path"
          hint={`${formatCount(summary.criticalPath.length)} nodes, unlimited workers`}
        >
          <EstimateValue
            label="Critical path"
            source="Longest path through the graph weighted by node runtime: the lower bound of wall time with unlimited workers."
            assumptions={assumptions}
          >
            {formatDuration(summary.criticalPathMs)}
          </EstimateValue>
        </Figure>
        <Figure
          label="Makespan"
          hint={
            speedup >= 1.05
              ? `${speedup.toFixed(1)}× faster than one after another`
              : 'no overlap: shared lanes or a chain'
          }
        >
          <EstimateValue
            label="Makespan"
            source="As-soon-as-possible list schedule of the graph with the configured workers and GPU lanes."
            assumptions={assumptions}
          >
            {formatDuration(summary.makespanMs)}
          </EstimateValue>
        </Figure>
        <Figure label="Peak RAM" hint="host memory at the busiest moment">
          <EstimateValue
            label="Peak RAM"
            source="Maximum over the estimated schedule of the RAM of the nodes running at once; a model shared by several nodes counts once while resident."
            assumptions={assumptions}
          >
            {formatMegabytes(summary.peakMemoryMb)}
          </EstimateValue>
        </Figure>
        <Figure
          label="Peak VRAM"
          hint={
            fit.capacityMb < fit.deviceMb
              ? `${formatMegabytes(fit.capacityMb)} usable of ${formatMegabytes(fit.deviceMb)}`
              : `of ${formatMegabytes(fit.deviceMb)} on this device`
          }
        >
          <EstimateValue
            label="Peak VRAM"
            source="Maximum over the estimated schedule of the GPU memory of the nodes running at once; a shared model counts once while resident."
            assumptions={assumptions}
          >
            {formatMegabytes(summary.peakVramMb)}
          </EstimateValue>
        </Figure>
        <Figure label="Parallel opportunities" hint="nodes that can run alongside another">
          {formatCount(summary.parallelOpportunities)}
        </Figure>
        <Figure
          label="Unknown nodes"
          hint={summary.unknownNodeCount > 0 ? 'type defaults used' : 'every type has a definition'}
        >
          {formatCount(summary.unknownNodeCount)}
          <Typography component="span" variant="body2" color="text.secondary">
            {' '}
            of {formatCount(summary.nodeCount)}
          </Typography>
        </Figure>
      </Box>

      {!fit.fits && (
        <Alert severity="error" sx={{ mt: 1.5 }} role="alert">
          <AlertTitle>Will not fit in memory</AlertTitle>
          Estimated {fit.demandLabel} is {formatMegabytes(fit.demandMb)}, {formatShare(fit.utilisation)} of
          the {formatMegabytes(fit.capacityMb)} usable on {profile.hardware.name}. Expect offloading, swapping
          or out-of-memory failures: pick a smaller quantization, run fewer models at once, or choose bigger
          hardware.
        </Alert>
      )}
      {fit.fits && fit.utilisation >= 0.85 && (
        <Alert severity="warning" sx={{ mt: 1.5 }}>
          Tight on memory: estimated {fit.demandLabel} uses {formatShare(fit.utilisation)} of the{' '}
          {formatMegabytes(fit.capacityMb)} usable on {profile.hardware.name}.
        </Alert>
      )}
      {summary.unknownTypes.length > 0 && (
        <Alert severity="info" sx={{ mt: 1.5 }}>
          No metric definition for {summary.unknownTypes.length === 1 ? 'type' : 'types'}{' '}
          {summary.unknownTypes.map((type, index) => (
            <span key={type}>
              {index > 0 && ', '}
              <code>{type}</code>
            </span>
          ))}
          : their numbers are category defaults with low confidence.{' '}
          <Link
            component="button"
            variant="body2"
            onClick={() => {
              const heading = document.getElementById(CUSTOM_METRICS_HEADING_ID);
              heading?.scrollIntoView({ block: 'center' });
              heading?.focus();
            }}
            sx={{ verticalAlign: 'baseline' }}
          >
            Define their metrics
          </Link>{' '}
          (runtime and memory, typed in or from measured runs) in <em>Define metrics</em> below.
        </Alert>
      )}
    </Box>
  );
}
