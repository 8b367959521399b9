/** A NodeTool Group: a titled frame; its children (`parent_id`) are positioned inside it by React Flow. */
import { memo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { getNodeTitle } from '../../../workflow/nodeDisplay';
import type { FlowNode } from '../../store';

function GroupNodeComponent({ type, data, selected }: NodeProps<FlowNode>) {
  const theme = useTheme();
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={200} minHeight={120} />
      <Box
        className="wpp-group"
        sx={{
          width: '100%',
          height: '100%',
          minWidth: 200,
          minHeight: 120,
          bgcolor: alpha(theme.palette.primary.main, 0.04),
          border: '2px dashed',
          borderColor: selected ? 'primary.main' : alpha(theme.palette.primary.main, 0.35),
          borderRadius: 1.5,
        }}
      >
        <Typography
          variant="caption"
          color="primary"
          sx={{ fontWeight: 700, display: 'block', px: 1.25, pt: 0.5 }}
        >
          {getNodeTitle(type, data.title, data.properties)}
        </Typography>
      </Box>
    </>
  );
}

export const GroupNode = memo(GroupNodeComponent);
