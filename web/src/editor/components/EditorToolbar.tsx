/**
 * The top bar: workflow name, examples, open (file), paste, add node, export, fit view, and a slot for more
 * actions (e.g. the profiler button).
 */
import { useRef, useState, type ReactNode } from 'react';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { isApplePlatform } from '../../components/profiling/useProfilerShortcut';
import { EXAMPLES } from '../../examples';
import { pluralize } from '../../text/pluralize';
import { NODE_CATALOG } from '../../workflow/nodeCatalog';
import { downloadWorkflow } from '../exportWorkflow';
import { importFileIntoStore, loadExampleIntoStore } from '../importActions';
import { useEditor, useEditorStoreApi } from '../store';
import { PasteJsonDialog } from './PasteJsonDialog';

export interface EditorToolbarProps {
  /** Extra buttons placed at the right end of the bar. */
  actions?: ReactNode;
}

export function EditorToolbar({ actions }: EditorToolbarProps) {
  const store = useEditorStoreApi();
  const workflowName = useEditor((s) => s.workflowName);
  const nodeCount = useEditor((s) => s.nodes.length);
  const edgeCount = useEditor((s) => s.edges.length);
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  const mod = isApplePlatform() ? '⌘' : 'Ctrl+';
  const fileInput = useRef<HTMLInputElement>(null);
  const [examplesAnchor, setExamplesAnchor] = useState<HTMLElement | null>(null);
  const [addAnchor, setAddAnchor] = useState<HTMLElement | null>(null);
  const [pasteOpen, setPasteOpen] = useState(false);

  return (
    <AppBar position="static" color="default" elevation={1}>
      {/* Compact: the counts sit under the name and the buttons close up, so that on a 1280 px window the
          host's actions (Run, Profiler) stay on the same line. */}
      <Toolbar variant="dense" sx={{ columnGap: 0.5, rowGap: 0.5, flexWrap: 'wrap', py: 0.5 }}>
        <Box sx={{ mr: 1, minWidth: 0 }}>
          <Typography variant="overline" color="text.secondary" sx={{ lineHeight: 1.2, display: 'block' }}>
            Workflow Profiler
          </Typography>
          <Typography
            variant="subtitle1"
            noWrap
            sx={{ fontWeight: 700, maxWidth: 320, lineHeight: 1.3 }}
            data-testid="workflow-name"
          >
            {workflowName}
          </Typography>
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: 'block', lineHeight: 1.3 }}
            data-testid="workflow-counts"
          >
            {pluralize(nodeCount, 'node')} · {pluralize(edgeCount, 'edge')}
          </Typography>
        </Box>
        <Box sx={{ flex: 1 }} />
        <Button
          size="small"
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
          title={`Undo the last edit (${mod}Z)`}
        >
          Undo
        </Button>
        <Button
          size="small"
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
          title={`Redo (${mod}${isApplePlatform() ? '⇧Z' : 'Y'})`}
        >
          Redo
        </Button>
        <Button size="small" onClick={(e) => setExamplesAnchor(e.currentTarget)} aria-haspopup="menu">
          Examples
        </Button>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          Open file
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="open-file-input"
          aria-label="Open workflow file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFileIntoStore(store, file);
          }}
        />
        <Button size="small" onClick={() => setPasteOpen(true)}>
          Paste JSON
        </Button>
        <Button size="small" onClick={(e) => setAddAnchor(e.currentTarget)} aria-haspopup="menu">
          Add node
        </Button>
        <Button size="small" onClick={() => downloadWorkflow(store.getState().getWorkflow())}>
          Export
        </Button>
        <Button
          size="small"
          onClick={() => void store.getState().flow?.fitView({ padding: 0.1, duration: 200 })}
        >
          Fit view
        </Button>
        {actions && (
          // One group: on a narrow window the host's actions wrap to the next line together.
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            {/* Below 1200 px the group wraps to a line of its own, where a leading divider would look stray. */}
            <Divider orientation="vertical" flexItem sx={{ display: { xs: 'none', lg: 'block' } }} />
            {actions}
          </Box>
        )}
      </Toolbar>

      <Menu anchorEl={examplesAnchor} open={examplesAnchor !== null} onClose={() => setExamplesAnchor(null)}>
        <ListSubheader>Project examples</ListSubheader>
        {EXAMPLES.map((example) => (
          <MenuItem
            key={example.id}
            data-example-id={example.id}
            onClick={() => {
              setExamplesAnchor(null);
              void loadExampleIntoStore(store, example.id);
            }}
          >
            <ListItemText
              primary={example.name}
              secondary={example.description}
              sx={{ maxWidth: 460, whiteSpace: 'normal' }}
            />
          </MenuItem>
        ))}
      </Menu>

      <Menu anchorEl={addAnchor} open={addAnchor !== null} onClose={() => setAddAnchor(null)}>
        <ListSubheader>Add a node</ListSubheader>
        {NODE_CATALOG.map((spec) => (
          <MenuItem
            key={spec.type}
            data-node-type={spec.type}
            onClick={() => {
              setAddAnchor(null);
              store.getState().addNode(spec.type);
            }}
          >
            <ListItemText primary={spec.label} secondary={spec.type} />
          </MenuItem>
        ))}
      </Menu>

      <PasteJsonDialog open={pasteOpen} onClose={() => setPasteOpen(false)} />
    </AppBar>
  );
}
