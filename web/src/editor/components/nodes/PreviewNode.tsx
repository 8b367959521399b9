/** A NodeTool Preview: an output frame that shows a value when the workflow runs (this editor does not run). */
import { memo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { getNodeTitle } from '../../../workflow/nodeDisplay';
import { useEditor } from '../../store';
import type { FlowNode } from '../../store';
import { HandleRows } from './HandleRows';

function PreviewNodeComponent({ id, type, data, selected }: NodeProps<FlowNode>) {
  const handles = useEditor((s) => s.handles[id]);
  const name =
    typeof data.properties.name === 'string' && data.properties.name ? data.properties.name : undefined;
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={160} minHeight={100} />
      <Box
        className="wpp-preview"
        sx={{
          width: '100%',
          height: '100%',
          minWidth: 160,
          minHeight: 100,
          display: 'flex',
          flexDirection: 'column',
          bgcolor: 'background.paper',
          border: 1,
          borderColor: selected ? 'primary.main' : 'divider',
          borderRadius: 1,
          boxShadow: selected ? 4 : 1,
        }}
      >
        <Box sx={{ px: 1.25, pt: 0.75, display: 'flex', justifyContent: 'space-between', gap: 1 }}>
          <Typography variant="subtitle2" sx={{ fontWeight: 700 }}>
            {getNodeTitle(type, data.title, data.properties)}
          </Typography>
          {name && (
            <Typography variant="caption" color="text.secondary" noWrap>
              {name}
            </Typography>
          )}
        </Box>
        <HandleRows handles={handles} />
        <Box
          sx={{
            flex: 1,
            m: 1,
            mt: 0,
            border: '1px dashed',
            borderColor: 'divider',
            borderRadius: 1,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            bgcolor: 'action.hover',
          }}
        >
          <Typography variant="caption" color="text.secondary" sx={{ textAlign: 'center', px: 1 }}>
            Shows the incoming value when the workflow runs
          </Typography>
        </Box>
      </Box>
    </>
  );
}

export const PreviewNode = memo(PreviewNodeComponent);
