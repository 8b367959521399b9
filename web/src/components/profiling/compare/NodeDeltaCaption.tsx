/** A node's change under its value in the node table: "+18.5 s" under the runtime, "new" for an added node. */
import Box from '@mui/material/Box';
import { deltaTone, formatDelta, type DeltaUnit } from '../../../compare/formatDelta';
import type { NodeDiff } from '../../../compare/types';
import { DeltaText } from './DeltaText';

export interface NodeDeltaCaptionProps {
  delta: NodeDiff | undefined;
  field: 'runtimeMsDelta' | 'vramMbDelta' | 'memoryMbDelta';
}

const UNIT: Record<NodeDeltaCaptionProps['field'], DeltaUnit> = {
  runtimeMsDelta: 'ms',
  vramMbDelta: 'MB',
  memoryMbDelta: 'MB',
};

export function NodeDeltaCaption({ delta, field }: NodeDeltaCaptionProps) {
  if (!delta || delta.change === 'same' || delta.change === 'removed') return null;
  const unit = UNIT[field];
  const value = delta[field];
  if (delta.change === 'added') {
    return field === 'runtimeMsDelta' ? (
      <Box component="span" sx={{ display: 'block' }}>
        <DeltaText text="new" tone="neutral" />
      </Box>
    ) : null;
  }
  if (deltaTone(value, unit) === 'neutral') return null;
  return (
    <Box component="span" sx={{ display: 'block' }}>
      <DeltaText text={formatDelta(value, unit)} tone={deltaTone(value, unit)} />
    </Box>
  );
}
