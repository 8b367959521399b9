/**
 * The cells of one node row. Runtime, RAM and VRAM are estimates with their source and assumptions on
 * hover/focus; the confidence chip carries the same explanation.
 */
import { labelNode } from '../nodeLabel';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import TableCell from '@mui/material/TableCell';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { memo } from 'react';
import type { Confidence, NodeProfile } from '../../../profiling/types';
import { formatCount, formatDuration, formatMegabytes } from '../format';
import { EstimateTooltipContent, EstimateValue } from '../report/EstimateValue';
import type { NodeActual, TrustFlag } from '../../../runs/types';
import { ActualValue } from '../measured/ActualValue';
import type { NodeDiff } from '../../../compare/types';
import { NodeDeltaCaption } from '../compare/NodeDeltaCaption';

const CONFIDENCE_COLOR: Record<Confidence, 'success' | 'warning' | 'error'> = {
  high: 'success',
  medium: 'warning',
  low: 'error',
};

const chipSx = { height: 18, fontSize: 11, flex: '0 0 auto' } as const;
const numberSx = { whiteSpace: 'nowrap' } as const;

export interface NodeRowCellsProps {
  node: NodeProfile;
  /** Show the Actual column (measured runs are selected). */
  showActual?: boolean;
  actual?: NodeActual | null;
  actualFlags?: readonly TrustFlag[];
  /** The node's change against the previous estimate or the baseline (shown under runtime, RAM, VRAM). */
  delta?: NodeDiff;
}

function NodeRowCellsImpl({ node, showActual = false, actual, actualFlags, delta }: NodeRowCellsProps) {
  const { source, assumptions } = node.details;
  const title = labelNode(node);
  const items =
    typeof node.details.itemCount === 'number' && node.details.itemCount > 1 ? node.details.itemCount : null;
  return (
    <>
      <TableCell component="th" scope="row" sx={{ maxWidth: 240 }}>
        <Typography
          variant="body2"
          component="span"
          noWrap
          sx={{ fontWeight: 500, display: 'block' }}
          title={title}
        >
          {title}
        </Typography>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, minWidth: 0 }}>
          <Typography
            variant="caption"
            color="text.secondary"
            component="span"
            noWrap
            title={node.type}
            sx={{ minWidth: 0 }}
          >
            {node.type}
            {items !== null && ` · × ${formatCount(items)} items`}
          </Typography>
          {node.onCriticalPath && (
            <Chip size="small" label="critical" color="secondary" variant="outlined" sx={chipSx} />
          )}
          {!node.known && <Chip size="small" label="unknown type" variant="outlined" sx={chipSx} />}
        </Box>
      </TableCell>
      <TableCell align="right" sx={numberSx}>
        {node.complexity}
      </TableCell>
      <TableCell align="right" sx={numberSx}>
        <EstimateValue label={`Runtime of ${title}`} source={source} assumptions={assumptions}>
          {formatDuration(node.runtimeMs)}
        </EstimateValue>
        <NodeDeltaCaption delta={delta} field="runtimeMsDelta" />
      </TableCell>
      {showActual && (
        <TableCell align="right" sx={numberSx}>
          <ActualValue actual={actual} flags={actualFlags} label={`Actual runtime of ${title}`} />
        </TableCell>
      )}
      <TableCell align="right" sx={numberSx}>
        <EstimateValue label={`RAM of ${title}`} source={source} assumptions={assumptions}>
          {formatMegabytes(node.memoryMb)}
        </EstimateValue>
        <NodeDeltaCaption delta={delta} field="memoryMbDelta" />
      </TableCell>
      <TableCell align="right" sx={numberSx}>
        <EstimateValue label={`VRAM of ${title}`} source={source} assumptions={assumptions}>
          {formatMegabytes(node.vramMb)}
        </EstimateValue>
        <NodeDeltaCaption delta={delta} field="vramMbDelta" />
      </TableCell>
      <TableCell align="right" sx={numberSx}>
        {node.fanIn}
      </TableCell>
      <TableCell align="right" sx={numberSx}>
        {node.fanOut}
      </TableCell>
      <TableCell align="right" sx={numberSx}>
        <EstimateValue
          label={`Slack of ${title}`}
          source="Latest start minus earliest start in the graph, from the estimated runtimes (unlimited workers)."
        >
          {formatDuration(node.slackMs)}
        </EstimateValue>
      </TableCell>
      <TableCell>{node.parallelizable ? 'Yes' : 'No'}</TableCell>
      <TableCell>
        <Tooltip
          title={<EstimateTooltipContent label={title} source={source} assumptions={assumptions} />}
          arrow
        >
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
