/** A dialog to paste workflow JSON. The dialog stays open (text kept) when the import fails. */
import { useState } from 'react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { importTextIntoStore } from '../importActions';
import { useEditorStoreApi } from '../store';

export function PasteJsonDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const store = useEditorStoreApi();
  const [text, setText] = useState('');
  const submit = () => {
    if (importTextIntoStore(store, text, 'pasted text', 'paste')) {
      setText('');
      onClose();
    }
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="paste-json-title">
      <DialogTitle id="paste-json-title">Paste workflow JSON</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 1 }}>
          Paste a NodeTool workflow (<code>{'{ "graph": { "nodes": [], "edges": [] } }'}</code>) or React Flow{' '}
          <code>{'{ nodes, edges }'}</code>. Your current workflow is kept if the text cannot be opened.
        </DialogContentText>
        <TextField
          autoFocus
          multiline
          minRows={10}
          maxRows={20}
          fullWidth
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder='{ "name": "My workflow", "graph": { "nodes": [ … ], "edges": [ … ] } }'
          slotProps={{
            htmlInput: {
              'aria-label': 'Workflow JSON',
              spellCheck: false,
              style: { fontFamily: 'monospace', fontSize: 12 },
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={submit} disabled={!text.trim()}>
          Open
        </Button>
      </DialogActions>
    </Dialog>
  );
}
