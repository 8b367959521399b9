/**
 * What the grade rests on, next to it: the profile's confidence (with the shares of nodes and of runtime
 * without a metric definition), and the two verdicts the score is made of — how the workflow is built
 * (does not change with the device) and how it fits the selected device. When the hardware changed since
 * the last profile of this workflow and the grade moved, it says which verdict moved it.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Confidence, Profile } from '../../../profiling/types';
import { formatShare } from '../format';

const CONFIDENCE_COLOR: Record<Confidence, 'success' | 'warning' | 'error'> = {
  high: 'success',
  medium: 'warning',
  low: 'error',
};

export interface TrustSummaryProps {
  profile: Profile;
  /** The previous profile of the same workflow on other hardware, to explain a change of grade. */
  previous?: Profile | null;
}

/** "Grade A on RTX 4090 → C on M3: device fit 95 → 60, structure unchanged (92)", or null. */
export function describeGradeChange(previous: Profile | null | undefined, profile: Profile): string | null {
  if (!previous || previous.hardware.name === profile.hardware.name) return null;
  const before = previous.summary;
  const after = profile.summary;
  if (!before.grade || !after.grade || before.grade === after.grade) return null;
  const parts: string[] = [];
  const bv = before.verdicts;
  const av = after.verdicts;
  if (bv && av) {
    parts.push(`fit to the device ${bv.deviceFit.score} → ${av.deviceFit.score}`);
    parts.push(
      bv.structure.score === av.structure.score
        ? `how it is built unchanged (${av.structure.score})`
        : `how it is built ${bv.structure.score} → ${av.structure.score}`,
    );
  }
  return `Grade ${before.grade} on ${previous.hardware.name} → ${after.grade} on ${profile.hardware.name}${parts.length ? `: ${parts.join(', ')}` : ''}.`;
}

export function TrustSummary({ profile, previous }: TrustSummaryProps) {
  const { confidence, verdicts } = profile.summary;
  const change = describeGradeChange(previous, profile);
  if (!confidence && !verdicts) return null;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, mt: 0.5 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        {confidence && (
          <Tooltip
            describeChild
            title={`Confidence ${confidence.value.toFixed(2)}: the lower of ${confidence.byCount.toFixed(2)} (per node) and ${confidence.byRuntime.toFixed(2)} (per share of runtime); nodes weigh 1 (high), 0.8 (medium), 0.5 (low), 0 (no metric definition). Low confidence caps the score at 74 (C), medium at 89 (B).`}
          >
            <Chip
              size="small"
              variant="outlined"
              color={CONFIDENCE_COLOR[confidence.level]}
              label={`Confidence: ${confidence.level}`}
              tabIndex={0}
            />
          </Tooltip>
        )}
        {verdicts && (
          <>
            <Chip
              size="small"
              variant="outlined"
              label={`How it is built: ${verdicts.structure.grade} (${verdicts.structure.score})`}
            />
            <Chip
              size="small"
              variant="outlined"
              label={`Fit to ${profile.hardware.name}: ${verdicts.deviceFit.grade} (${verdicts.deviceFit.score})`}
            />
          </>
        )}
      </Box>
      {confidence && confidence.unknownShare > 0 && (
        <Typography variant="caption" color="text.secondary">
          {formatShare(confidence.unknownShare)} of the nodes and{' '}
          {formatShare(confidence.unknownRuntimeShare)} of the estimated runtime have no metric definition.
        </Typography>
      )}
      {verdicts && (
        <Typography variant="caption" color="text.secondary">
          The score is {Math.round(verdicts.structure.weight * 100)} % how it is built (lane wait, undefined
          nodes: mostly the graph&apos;s shape, though lane wait shifts with the runtimes on each device) and{' '}
          {Math.round(verdicts.deviceFit.weight * 100)} % how it fits this device (time and memory on it).
        </Typography>
      )}
      {change && (
        <Typography variant="body2" role="status">
          {change}
        </Typography>
      )}
    </Box>
  );
}
