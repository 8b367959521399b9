/**
 * The per-node cost difference of a comparison, highest impact first (nodes whose cost did not change are
 * left out). Clicking a row (or Enter on it) focuses the node on the canvas; removed nodes are not there.
 */
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { KeyboardEvent } from 'react';
import { deltaTone, formatDelta } from '../../../compare/formatDelta';
import type { NodeChange, NodeDiff, ProfileDiff } from '../../../compare/types';
import { formatDuration, formatMegabytes } from '../format';
import { DeltaText } from './DeltaText';

const MAX_ROWS = 50;

const CHANGE_COLOR: Record<NodeChange, 'success' | 'error' | 'warning' | 'default'> = {
  added: 'success',
  removed: 'error',
  changed: 'warning',
  same: 'default',
};

export interface NodeDiffTableProps {
  diff: ProfileDiff;
  onSelectNode?: (nodeId: string) => void;
}

function side(value: number | undefined, format: (n: number) => string): string {
  return value === undefined ? '—' : format(value);
}

export function NodeDiffTable({ diff, onSelectNode }: NodeDiffTableProps) {
  const rows = diff.nodes.filter((row) => row.change !== 'same');
  const canFocus = (row: NodeDiff) => onSelectNode !== undefined && row.change !== 'removed';
  const onKeyDown = (event: KeyboardEvent, row: NodeDiff) => {
    if ((event.key === 'Enter' || event.key === ' ') && canFocus(row)) {
      event.preventDefault();
      onSelectNode!(row.id);
    }
  };
  return (
    <>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 0.5 }}>
        Cost per node
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {rows.length === 0
          ? 'No node costs more or less on one side than on the other.'
          : `${rows.length} node${rows.length === 1 ? '' : 's'} differ, largest change of runtime and VRAM (relative to the makespan and the VRAM peak) first. Estimates.`}
      </Typography>
      {rows.length > 0 && (
        <TableContainer sx={{ maxHeight: 480, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" stickyHeader aria-label="Cost per node" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ fontWeight: 600 }}>Node</TableCell>
                <TableCell sx={{ fontWeight: 600 }}>Change</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  Runtime
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  Δ runtime
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  VRAM
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  Δ VRAM
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.slice(0, MAX_ROWS).map((row) => (
                <TableRow
                  key={row.id}
                  hover
                  data-node-id={row.id}
                  tabIndex={canFocus(row) ? 0 : undefined}
                  onClick={canFocus(row) ? () => onSelectNode!(row.id) : undefined}
                  onKeyDown={(event) => onKeyDown(event, row)}
                  sx={{ cursor: canFocus(row) ? 'pointer' : 'default' }}
                >
                  <TableCell component="th" scope="row" sx={{ maxWidth: 220 }}>
                    <Typography variant="body2" noWrap title={row.title} sx={{ fontWeight: 500 }}>
                      {row.title}
                    </Typography>
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      noWrap
                      component="p"
                      title={row.type}
                    >
                      {row.type}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      label={row.change}
                      color={CHANGE_COLOR[row.change]}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {side(row.before?.runtimeMs, formatDuration)} →{' '}
                    {side(row.after?.runtimeMs, formatDuration)}
                  </TableCell>
                  <TableCell align="right">
                    <DeltaText
                      text={formatDelta(row.runtimeMsDelta, 'ms')}
                      tone={deltaTone(row.runtimeMsDelta, 'ms')}
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {side(row.before?.vramMb, formatMegabytes)} → {side(row.after?.vramMb, formatMegabytes)}
                  </TableCell>
                  <TableCell align="right">
                    <DeltaText
                      text={formatDelta(row.vramMbDelta, 'MB')}
                      tone={deltaTone(row.vramMbDelta, 'MB')}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {rows.length > MAX_ROWS && (
        <Typography variant="caption" color="text.secondary">
          The {MAX_ROWS} largest changes of {rows.length} are shown.
        </Typography>
      )}
    </>
  );
}
