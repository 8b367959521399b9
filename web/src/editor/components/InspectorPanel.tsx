/** The inspector: the selected node's title, type, id and editable parameters. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getCategoryLabel, getNodeTitle } from '../../workflow/nodeDisplay';
import { useEditor } from '../store';
import { ParameterField } from './ParameterField';

/** Width of the inspector panel beside the canvas, px. */
export const INSPECTOR_WIDTH = 340;

export interface InspectorPanelProps {
  /**
   * `side`: a column beside the canvas, `INSPECTOR_WIDTH` wide. `fill`: fills its container (e.g. a tab of the
   * dock, on a window too narrow for canvas, inspector and dock side by side). @default 'side'
   */
  variant?: 'side' | 'fill';
}

export function InspectorPanel({ variant = 'side' }: InspectorPanelProps) {
  const selectedId = useEditor((s) => s.selectedNodeId);
  const node = useEditor((s) =>
    s.selectedNodeId ? s.nodes.find((n) => n.id === s.selectedNodeId) : undefined,
  );
  const setNodeProperty = useEditor((s) => s.setNodeProperty);
  const setNodeTitle = useEditor((s) => s.setNodeTitle);
  const deleteNode = useEditor((s) => s.deleteNode);
  const selectNode = useEditor((s) => s.selectNode);
  const focusNode = useEditor((s) => s.focusNode);
  if (!selectedId || !node) return null;
  const entries = Object.entries(node.data.properties);
  return (
    <Paper
      component="aside"
      square
      elevation={variant === 'side' ? 3 : 0}
      aria-label="Inspector"
      data-testid="inspector"
      data-variant={variant}
      sx={[
        { display: 'flex', flexDirection: 'column', minHeight: 0 },
        variant === 'side'
          ? { width: INSPECTOR_WIDTH, flexShrink: 0, borderLeft: 1, borderColor: 'divider' }
          : { flex: 1, width: '100%' },
      ]}
    >
      <Box sx={{ p: 1.5, pb: 1, display: 'flex', alignItems: 'flex-start', gap: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="overline" color="text.secondary">
            Inspector
          </Typography>
          <Typography variant="h6" noWrap sx={{ lineHeight: 1.3 }}>
            {getNodeTitle(node.type, node.data.title, node.data.properties)}
          </Typography>
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: 'block', wordBreak: 'break-all' }}
          >
            {node.type}
          </Typography>
          <Box sx={{ mt: 0.5, display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            <Chip size="small" label={getCategoryLabel(node.type)} />
            <Chip size="small" variant="outlined" label={`id: ${node.id}`} />
          </Box>
        </Box>
        <IconButton aria-label="Close inspector" size="small" onClick={() => selectNode(null)}>
          <span aria-hidden>×</span>
        </IconButton>
      </Box>
      <Box sx={{ px: 1.5, pb: 1.5, overflowY: 'auto', flex: 1 }} key={node.id}>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          <TextField
            label="Title"
            size="small"
            fullWidth
            value={node.data.title ?? ''}
            placeholder={getNodeTitle(node.type, undefined, node.data.properties)}
            onChange={(event) => setNodeTitle(node.id, event.target.value)}
          />
          <Typography variant="subtitle2">Parameters</Typography>
          {entries.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              This node has no parameters.
            </Typography>
          )}
          {entries.map(([key, value]) => (
            <ParameterField
              key={key}
              name={key}
              value={value}
              onCommit={(next) => setNodeProperty(node.id, key, next)}
            />
          ))}
        </Stack>
      </Box>
      <Box sx={{ p: 1.5, borderTop: 1, borderColor: 'divider', display: 'flex', gap: 1 }}>
        <Button size="small" onClick={() => focusNode(node.id)}>
          Centre in view
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button size="small" color="error" variant="outlined" onClick={() => deleteNode(node.id)}>
          Delete node
        </Button>
      </Box>
    </Paper>
  );
}
