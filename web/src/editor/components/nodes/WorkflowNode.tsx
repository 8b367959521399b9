/**
 * The card of a regular NodeTool node: title, category, named handles and key parameters.
 * Plain elements styled by editor.css with theme colours passed as CSS variables (see EditorRoot), because
 * MUI components per card made a 1,000-node workflow several times slower to render.
 */
import { memo, type CSSProperties } from 'react';
import { useTheme } from '@mui/material/styles';
import type { NodeProps } from '@xyflow/react';
import {
  getCategoryLabel,
  getKeyParams,
  getNodeTitle,
  getShortTypeName,
  humanizeTypeName,
} from '../../../workflow/nodeDisplay';
import { useEditor } from '../../store';
import type { FlowNode } from '../../store';
import { getCategoryIntent, getIntentColor } from '../../theme';
import { HandleRows } from './HandleRows';

function WorkflowNodeComponent({ id, type, data, selected }: NodeProps<FlowNode>) {
  const theme = useTheme();
  const handles = useEditor((s) => s.handles[id]);
  const category = getCategoryLabel(type);
  const accent = getIntentColor(theme, getCategoryIntent(category));
  const title = getNodeTitle(type, data.title, data.properties);
  const shortType = getShortTypeName(type);
  const params = getKeyParams(data.properties);
  return (
    <div
      className={`wpp-node${selected ? ' wpp-node-selected' : ''}`}
      data-node-type={type}
      style={{ '--wpp-accent': accent } as CSSProperties}
    >
      <div className="wpp-node-header">
        <div className="wpp-node-title-row">
          <span className="wpp-node-title" title={title}>
            {title}
          </span>
          <span className="wpp-node-category">{category}</span>
        </div>
        {title !== humanizeTypeName(shortType) && (
          <div className="wpp-node-type" title={type}>
            {shortType}
          </div>
        )}
      </div>
      <HandleRows handles={handles} />
      {params.length > 0 && (
        <dl className="wpp-node-params">
          {params.map((param) => (
            <div key={param.key} className="wpp-node-param">
              <dt>{param.label}</dt>
              <dd title={param.value}>{param.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export const WorkflowNode = memo(WorkflowNodeComponent);
