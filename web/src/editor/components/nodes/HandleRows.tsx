/**
 * Input handles on the left, output handles on the right, one labelled row each, so edges attach to the
 * named handle (`targetHandle` / `sourceHandle`) they have in the NodeTool file. Plain elements styled by
 * editor.css (a 1,000-node workflow renders thousands of these rows).
 */
import { Handle, Position } from '@xyflow/react';
import type { NodeHandles } from '../../../workflow/nodeHandles';

const EMPTY: NodeHandles = { inputs: [], outputs: [] };

export function HandleRows({ handles = EMPTY }: { handles?: NodeHandles }) {
  const rows = Math.max(handles.inputs.length, handles.outputs.length);
  if (rows === 0) return null;
  return (
    <div className="wpp-handles">
      {Array.from({ length: rows }, (_, i) => {
        const input = handles.inputs[i];
        const output = handles.outputs[i];
        return (
          <div key={i} className="wpp-handle-row">
            <span className="wpp-handle-label">{input ?? ''}</span>
            <span className="wpp-handle-label wpp-handle-label-out">{output ?? ''}</span>
            {input !== undefined && (
              <Handle type="target" position={Position.Left} id={input} className="wpp-handle" />
            )}
            {output !== undefined && (
              <Handle type="source" position={Position.Right} id={output} className="wpp-handle" />
            )}
          </div>
        );
      })}
    </div>
  );
}
