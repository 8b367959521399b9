/**
 * Input handles on the left, output handles on the right, one labelled row each, so edges attach to the
 * named handle (`targetHandle` / `sourceHandle`) they have in the NodeTool file.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Handle, Position } from '@xyflow/react';
import type { NodeHandles } from '../../../workflow/nodeHandles';

const EMPTY: NodeHandles = { inputs: [], outputs: [] };

export function HandleRows({ handles = EMPTY }: { handles?: NodeHandles }) {
  const rows = Math.max(handles.inputs.length, handles.outputs.length);
  if (rows === 0) return null;
  return (
    <Box sx={{ py: 0.5 }}>
      {Array.from({ length: rows }, (_, i) => {
        const input = handles.inputs[i];
        const output = handles.outputs[i];
        return (
          <Box
            key={i}
            sx={{ position: 'relative', display: 'flex', justifyContent: 'space-between', gap: 1, px: 1.25, minHeight: 20 }}
          >
            <Typography variant="caption" color="text.secondary" noWrap>
              {input ?? ''}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap sx={{ textAlign: 'right' }}>
              {output ?? ''}
            </Typography>
            {input !== undefined && (
              <Handle type="target" position={Position.Left} id={input} className="wpp-handle" data-handle-name={input} />
            )}
            {output !== undefined && (
              <Handle type="source" position={Position.Right} id={output} className="wpp-handle" data-handle-name={output} />
            )}
          </Box>
        );
      })}
    </Box>
  );
}
