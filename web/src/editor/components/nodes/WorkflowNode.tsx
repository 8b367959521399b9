/**
 * The card of a regular NodeTool node: title, category, named handles and key parameters.
 */
import { memo } from 'react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import type { NodeProps } from '@xyflow/react';
import { getCategoryLabel, getKeyParams, getNodeTitle, getShortTypeName, humanizeTypeName } from '../../../workflow/nodeDisplay';
import { useEditor } from '../../store';
import type { FlowNode } from '../../store';
import { getCategoryIntent, getIntentColor } from '../../theme';
import { HandleRows } from './HandleRows';

function WorkflowNodeComponent({ id, type, data, selected }: NodeProps<FlowNode>) {
  const theme = useTheme();
  const handles = useEditor((s) => s.handles[id]);
  const category = getCategoryLabel(type);
  const color = getIntentColor(theme, getCategoryIntent(category));
  const title = getNodeTitle(type, data.title, data.properties);
  const params = getKeyParams(data.properties);
  return (
    <Box
      className="wpp-node"
      data-node-type={type}
      sx={{
        width: '100%',
        minWidth: 180,
        bgcolor: 'background.paper',
        border: 1,
        borderColor: selected ? 'primary.main' : 'divider',
        borderLeft: `4px solid ${color}`,
        borderRadius: 1,
        boxShadow: selected ? 4 : 1,
        overflow: 'visible',
      }}
    >
      <Box sx={{ px: 1.25, pt: 0.75, pb: 0.5, bgcolor: alpha(color, 0.08) }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
          <Typography variant="subtitle2" sx={{ fontWeight: 700 }} noWrap title={title} className="wpp-node-title">
            {title}
          </Typography>
          <Chip
            label={category}
            size="small"
            className="wpp-node-category"
            sx={{ height: 18, fontSize: 10.5, bgcolor: alpha(color, 0.16), color: 'text.primary', flexShrink: 0 }}
          />
        </Box>
        {title !== humanizeTypeName(getShortTypeName(type)) && (
          <Typography variant="caption" color="text.secondary" noWrap component="div" title={type}>
            {getShortTypeName(type)}
          </Typography>
        )}
      </Box>
      <HandleRows handles={handles} />
      {params.length > 0 && (
        <Box component="dl" sx={{ m: 0, px: 1.25, pb: 0.75, pt: 0.25, borderTop: 1, borderColor: 'divider' }}>
          {params.map((param) => (
            <Box key={param.key} sx={{ display: 'flex', gap: 1, minWidth: 0 }}>
              <Typography component="dt" variant="caption" color="text.secondary" sx={{ flexShrink: 0 }}>
                {param.label}
              </Typography>
              <Typography component="dd" variant="caption" noWrap sx={{ m: 0, fontWeight: 600 }} title={param.value}>
                {param.value}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

export const WorkflowNode = memo(WorkflowNodeComponent);
