/** Two profiles' summary figures side by side with the change, and, where recorded, measured wall time. */
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { deltaTone, formatDelta, formatGradeChange, gradeTone } from '../../../compare/formatDelta';
import { figureDelta } from '../../../compare/figureDelta';
import type { ProfileDiff } from '../../../compare/types';
import type { ComparisonSide } from '../../../stores/compare/storeTypes';
import { formatDuration } from '../format';
import { DeltaText } from './DeltaText';
import { figureOf, formatFigureValue, SUMMARY_ROWS } from './summaryRows';

export interface CompareSummaryTableProps {
  left: ComparisonSide;
  right: ComparisonSide;
  diff: ProfileDiff;
}

function measuredCell(side: ComparisonSide) {
  if (side.measuredWallMs === null) return '—';
  return `${formatDuration(side.measuredWallMs)} (${side.runCount} run${side.runCount === 1 ? '' : 's'})`;
}

export function CompareSummaryTable({ left, right, diff }: CompareSummaryTableProps) {
  const measured = figureDelta(left.measuredWallMs, right.measuredWallMs);
  const showMeasured = left.measuredWallMs !== null || right.measuredWallMs !== null;
  return (
    <Table size="small" aria-label="Summary side by side" sx={{ '& td, & th': { px: 1 } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ fontWeight: 600 }}>Estimated</TableCell>
          <TableCell align="right" sx={{ fontWeight: 600 }}>
            {left.title}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 600 }}>
            {right.title}
          </TableCell>
          <TableCell align="right" sx={{ fontWeight: 600 }}>
            Change
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        <TableRow>
          <TableCell component="th" scope="row">
            Grade (score)
          </TableCell>
          <TableCell align="right">
            {left.profile.summary.grade ?? '–'} ({left.profile.summary.score ?? '–'})
          </TableCell>
          <TableCell align="right">
            {right.profile.summary.grade ?? '–'} ({right.profile.summary.score ?? '–'})
          </TableCell>
          <TableCell align="right">
            <DeltaText text={formatGradeChange(diff.summary.grade)} tone={gradeTone(diff.summary.grade)} />
          </TableCell>
        </TableRow>
        {SUMMARY_ROWS.map((row) => {
          const figure = figureOf(diff.summary, row);
          return (
            <TableRow key={row.key}>
              <TableCell component="th" scope="row">
                {row.label}
              </TableCell>
              <TableCell align="right">{formatFigureValue(figure.before, row.unit)}</TableCell>
              <TableCell align="right">{formatFigureValue(figure.after, row.unit)}</TableCell>
              <TableCell align="right">
                <DeltaText
                  text={formatDelta(figure.delta, row.unit)}
                  tone={deltaTone(figure.delta, row.unit)}
                />
              </TableCell>
            </TableRow>
          );
        })}
        {showMeasured && (
          <TableRow>
            <TableCell component="th" scope="row">
              Measured wall time
              <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                median of completed runs, on the device they ran on
              </Typography>
            </TableCell>
            <TableCell align="right">{measuredCell(left)}</TableCell>
            <TableCell align="right">{measuredCell(right)}</TableCell>
            <TableCell align="right">
              <DeltaText text={formatDelta(measured.delta, 'ms')} tone={deltaTone(measured.delta, 'ms')} />
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}
