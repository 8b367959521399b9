/**
 * The change since the previous estimate of the workflow (or against a pinned baseline): every summary
 * figure and the grade, before → after with the delta, the structural change in one line, and the pin.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { deltaTone, formatDelta, formatGradeChange, gradeTone } from '../../../compare/formatDelta';
import { formatParamChange } from '../../../compare/formatParamValue';
import type { WorkflowDeltas } from '../../../stores/compare/storeTypes';
import { DeltaText } from './DeltaText';
import { figureOf, formatFigureValue, SUMMARY_ROWS } from './summaryRows';

export interface ChangeSummaryProps {
  deltas: WorkflowDeltas;
  /** The report shows a newer profile than these deltas' (being compared): shown dimmed and busy. */
  pending?: boolean;
  onPinBaseline: () => void;
  onClearBaseline: () => void;
}

/** What changed in the graph, in one sentence: nodes added and removed, the parameters edited. */
function describeStructure(deltas: WorkflowDeltas): string | null {
  const diff = deltas.diff!;
  const parts: string[] = [];
  const { nodesAdded, nodesRemoved, edgesAdded, edgesRemoved } = diff.structure;
  if (nodesAdded.length) parts.push(`${nodesAdded.length} node${nodesAdded.length === 1 ? '' : 's'} added`);
  if (nodesRemoved.length) parts.push(`${nodesRemoved.length} removed`);
  const edited = diff.nodes.filter((row) => (row.paramChanges?.length ?? 0) > 0);
  for (const row of edited.slice(0, 3)) {
    parts.push(`${row.title}: ${row.paramChanges!.slice(0, 2).map(formatParamChange).join(', ')}`);
  }
  if (edited.length > 3) parts.push(`${edited.length - 3} more nodes edited`);
  const edges = (edgesAdded?.length ?? 0) + (edgesRemoved?.length ?? 0);
  if (edges > 0) parts.push(`${edges} connection${edges === 1 ? '' : 's'} changed`);
  if (diff.hardware.changed) parts.push(`device ${diff.hardware.before} → ${diff.hardware.after}`);
  return parts.length ? parts.join(' · ') : null;
}

export function ChangeSummary({
  deltas,
  pending = false,
  onPinBaseline,
  onClearBaseline,
}: ChangeSummaryProps) {
  const { diff, against, current, baseline } = deltas;
  const pinnedIsCurrent = baseline !== null && baseline === current;
  const title =
    against === 'baseline' ? 'Change against the pinned baseline' : 'Change since the previous estimate';
  const structure = diff ? describeStructure(deltas) : null;
  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.5, mb: 2, opacity: pending ? 0.6 : 1, transition: 'opacity 120ms' }}
      role="group"
      aria-label="Change"
      aria-busy={pending}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, flex: 1 }}>
          {diff ? title : baseline ? 'Baseline pinned' : 'No earlier estimate yet'}
        </Typography>
        {baseline && (
          <Button size="small" onClick={onClearBaseline}>
            Unpin baseline
          </Button>
        )}
        {current && !pinnedIsCurrent && (
          <Button size="small" variant="outlined" onClick={onPinBaseline}>
            {baseline ? 'Pin this instead' : 'Pin as baseline'}
          </Button>
        )}
      </Box>
      {deltas.baselineNote && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
          {deltas.baselineNote}
        </Typography>
      )}
      {!diff && (
        <Typography variant="body2" color="text.secondary">
          {baseline
            ? 'Edit the workflow: every figure is then compared with this estimate.'
            : 'Edit the workflow and the change of every figure shows here. Pin this estimate to compare later edits with it.'}
        </Typography>
      )}
      {diff && (
        <>
          <Box
            component="dl"
            sx={{
              m: 0,
              mt: 0.5,
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
              columnGap: 2,
              rowGap: 0.5,
            }}
          >
            <Box>
              <Typography component="dt" variant="caption" color="text.secondary">
                Grade
              </Typography>
              <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                <DeltaText
                  text={formatGradeChange(diff.summary.grade)}
                  tone={gradeTone(diff.summary.grade)}
                  variant="body2"
                />
              </Typography>
            </Box>
            {SUMMARY_ROWS.map((row) => {
              const figure = figureOf(diff.summary, row);
              return (
                <Box key={row.key}>
                  <Typography component="dt" variant="caption" color="text.secondary">
                    {row.label}
                  </Typography>
                  <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                    {formatFigureValue(figure.before, row.unit)} → {formatFigureValue(figure.after, row.unit)}{' '}
                    <DeltaText
                      text={formatDelta(figure.delta, row.unit)}
                      tone={deltaTone(figure.delta, row.unit)}
                    />
                  </Typography>
                </Box>
              );
            })}
          </Box>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
            {structure ?? 'The graph is the same'}. All figures are estimates.
          </Typography>
        </>
      )}
    </Paper>
  );
}
