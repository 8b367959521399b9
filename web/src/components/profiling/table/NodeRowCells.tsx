/**
 * The cells of one node row. Runtime, RAM and VRAM are estimates with their source and assumptions on
 * hover/focus; the confidence chip carries the same explanation.
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { Confidence, NodeProfile } from '../../../profiling/types';
import { formatCount, formatDuration, formatMegabytes } from '../format';
import { EstimateTooltipContent, EstimateValue } from '../report/EstimateValue';

const CONFIDENCE_COLOR: Record<Confidence, 'success' | 'warning' | 'error'> = {
  high: 'success',
  medium: 'warning',
  low: 'error',
};

function NodeRowCellsImpl({ node }: { node: NodeProfile }) {
  const { source, assumptions } = node.details;
  const items = typeof node.details.itemCount === 'number' && node.details.itemCount > 1 ? node.details.itemCount : null;
  return (
    <>
      <TableCell component="th" scope="row" sx={{ maxWidth: 260 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Typography variant="body2" component="span" noWrap sx={{ fontWeight: 500 }}>
            {node.title || node.id}
          </Typography>
          {node.onCriticalPath && <Chip size="small" label="critical" color="secondary" variant="outlined" />}
          {!node.known && <Chip size="small" label="unknown type" variant="outlined" />}
        </Box>
        <Typography variant="caption" color="text.secondary" component="span" noWrap sx={{ display: 'block' }}>
          {node.type}
          {items !== null && ` · × ${formatCount(items)} items`}
        </Typography>
      </TableCell>
      <TableCell align="right">{node.complexity}</TableCell>
      <TableCell align="right">
        <EstimateValue label={`Runtime of ${node.title}`} source={source} assumptions={assumptions}>
          {formatDuration(node.runtimeMs)}
        </EstimateValue>
      </TableCell>
      <TableCell align="right">
        <EstimateValue label={`RAM of ${node.title}`} source={source} assumptions={assumptions}>
          {formatMegabytes(node.memoryMb)}
        </EstimateValue>
      </TableCell>
      <TableCell align="right">
        <EstimateValue label={`VRAM of ${node.title}`} source={source} assumptions={assumptions}>
          {formatMegabytes(node.vramMb)}
        </EstimateValue>
      </TableCell>
      <TableCell align="right">{node.fanIn}</TableCell>
      <TableCell align="right">{node.fanOut}</TableCell>
      <TableCell align="right">{formatDuration(node.slackMs)}</TableCell>
      <TableCell>{node.parallelizable ? 'Yes' : 'No'}</TableCell>
      <TableCell>
        <Tooltip title={<EstimateTooltipContent label={node.title} source={source} assumptions={assumptions} />} arrow>
          <Chip
            size="small"
            label={node.confidence}
            color={CONFIDENCE_COLOR[node.confidence]}
            variant="outlined"
            tabIndex={0}
            aria-label={`${node.confidence} confidence`}
          />
        </Tooltip>
      </TableCell>
    </>
  );
}

export const NodeRowCells = memo(NodeRowCellsImpl);
